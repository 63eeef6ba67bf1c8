package org.constellation.constellation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON answer that stays the same for as long as the object it is drawn from
 * (the whole map's drawing, the coverage: one per snapshot). It is written
 * once, and gzipped once, and every client that accepts gzip (every browser
 * does) is sent the gzipped bytes. At national scale the map's data is 230 KB
 * of JSON; writing it for every reader was most of its cost, and sending it
 * plain to every reader most of what was left.
 */
public final class KeptJson {

	private record Kept(Object source, byte[] json, byte[] gzipped) {
	}

	private final JsonMapper mapper;
	private volatile Kept kept;

	public KeptJson(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * The answer for {@code source}: written from {@code body} the first time it is
	 * asked for, kept until another source takes its place.
	 */
	public ResponseEntity<byte[]> answer(Object source, Supplier<?> body, String acceptEncoding) {
		Kept now = kept;
		if (now == null || now.source() != source) {
			now = written(source, body);
		}
		var ok = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).varyBy(HttpHeaders.ACCEPT_ENCODING);
		return acceptsGzip(acceptEncoding)
				? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(now.gzipped())
				: ok.body(now.json());
	}

	/**
	 * Writes the answer once for a new source: the readers who arrive while it is
	 * written wait for it instead of each writing their own (at national scale 64
	 * readers at once, each writing seconds of JSON, left none answered within 10
	 * seconds).
	 */
	private synchronized Kept written(Object source, Supplier<?> body) {
		Kept now = kept;
		if (now == null || now.source() != source) {
			byte[] json = mapper.writeValueAsBytes(body.get());
			now = new Kept(source, json, gzip(json));
			kept = now;
		}
		return now;
	}

	/**
	 * Whether an {@code Accept-Encoding} header names gzip (or any encoding) with a
	 * weight above zero, as in {@code gzip, deflate, br} but not {@code gzip;q=0}.
	 */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.split(",")) {
			String[] pieces = part.split(";");
			String name = pieces[0].strip();
			if (!name.equalsIgnoreCase("gzip") && !name.equals("*")) {
				continue;
			}
			boolean refused = false;
			for (int i = 1; i < pieces.length; i++) {
				String parameter = pieces[i].strip();
				if (parameter.startsWith("q=")) {
					try {
						refused = Double.parseDouble(parameter.substring(2)) <= 0;
					} catch (NumberFormatException e) {
						refused = true;
					}
				}
			}
			if (!refused) {
				return true;
			}
		}
		return false;
	}

	/** Once per source, so as small as gzip makes it. */
	private static byte[] gzip(byte[] json) {
		var out = new ByteArrayOutputStream(json.length / 4 + 64);
		try (var gzip = new GZIPOutputStream(out) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
