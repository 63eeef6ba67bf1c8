package org.constellation.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class KeptJsonTests {

	private final KeptJson kept = new KeptJson(JsonMapper.builder().build());

	@Test
	void gzipIsAcceptedWhenNamedOrStarredWithAWeightAboveZero() {
		assertThat(KeptJson.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
		assertThat(KeptJson.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
		assertThat(KeptJson.acceptsGzip("*")).isTrue();
		assertThat(KeptJson.acceptsGzip(null)).isFalse();
		assertThat(KeptJson.acceptsGzip("")).isFalse();
		assertThat(KeptJson.acceptsGzip("identity")).isFalse();
		assertThat(KeptJson.acceptsGzip("deflate, br")).isFalse();
		assertThat(KeptJson.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(KeptJson.acceptsGzip("gzip; q=0.0, identity")).isFalse();
		assertThat(KeptJson.acceptsGzip("gzip;q=nonsense")).isFalse();
	}

	@Test
	void theAnswerIsWrittenOncePerSourceAndGzippedTheSame() throws IOException {
		AtomicInteger writes = new AtomicInteger();
		Object first = new Object(), second = new Object();
		var plain = kept.answer(first, () -> body(writes, "first"), null);
		var gzipped = kept.answer(first, () -> body(writes, "first"), "gzip");
		assertThat(writes).as("written once for the same source").hasValue(1);
		assertThat(new String(plain.getBody())).isEqualTo("{\"words\":[\"first\",\"first\",\"first\"]}");
		assertThat(gzipped.getHeaders().getFirst("Content-Encoding")).isEqualTo("gzip");
		assertThat(plain.getHeaders().getFirst("Content-Encoding")).isNull();
		assertThat(plain.getHeaders().getVary()).containsExactly("Accept-Encoding");
		try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.getBody()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.getBody());
		}

		var next = kept.answer(second, () -> body(writes, "second"), null);
		assertThat(writes).as("written again for a new source").hasValue(2);
		assertThat(new String(next.getBody())).contains("second");
	}

	private record Words(List<String> words) {
	}

	private static Words body(AtomicInteger writes, String word) {
		writes.incrementAndGet();
		return new Words(List.of(word, word, word));
	}
}
