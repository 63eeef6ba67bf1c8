package org.constellation.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Requests released together by one latch, each on its own thread: how two
 * people pressing at the same moment reach the application.
 */
public final class AtOnce {

	private AtOnce() {
	}

	/** The answers in the order the requests were given. */
	public static List<Api.Response> send(List<Supplier<Api.Response>> requests) {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(requests.size())) {
			List<Future<Api.Response>> answers = new ArrayList<>();
			for (Supplier<Api.Response> request : requests) {
				answers.add(pool.submit(() -> {
					start.await();
					return request.get();
				}));
			}
			start.countDown();
			List<Api.Response> result = new ArrayList<>();
			for (Future<Api.Response> answer : answers) {
				result.add(answer.get());
			}
			return result;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
