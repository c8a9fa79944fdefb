package dev.withheld.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One shared validator, many threads, a mix of inputs: exactly the single-threaded results. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 20;

    @Test
    void manyThreadsGetTheSingleThreadedResults() throws Exception {
        WithheldValidator validator = WithheldValidator.create(Revision.MSC2399);
        List<Job> jobs = jobs();
        List<String> expected = new ArrayList<>();
        for (Job job : jobs) {
            expected.add(job.run(validator));
        }
        assertThat(expected).anyMatch(r -> r.startsWith("valid")).anyMatch(r -> r.startsWith("invalid"))
                .anyMatch(r -> r.startsWith("rejected"));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                Callable<List<String>> worker = () -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < jobs.size(); i++) {
                        order.add(i);
                    }
                    Random random = new Random(seed);
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, random);
                        for (int i : order) {
                            String actual = jobs.get(i).run(validator);
                            if (!actual.equals(expected.get(i))) {
                                mismatches.add(jobs.get(i) + ": expected " + expected.get(i) + " but got " + actual);
                            }
                        }
                    }
                    return mismatches;
                };
                futures.add(pool.submit(worker));
            }
            start.countDown();
            for (Future<List<String>> future : futures) {
                assertThat(future.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every suite case in every entry point it applies to, plus a few rejected inputs. */
    private static List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        for (SuiteCases.Case c : SuiteCases.all()) {
            for (Kind kind : Kind.values()) {
                for (Profile profile : Profile.values()) {
                    if (WithheldValidator.schemaId(Revision.MSC2399, kind, profile).equals(c.schemaId())) {
                        jobs.add(new Job(kind, profile, c.data().toString()));
                    }
                }
            }
        }
        jobs.add(new Job(Kind.EVENT, Profile.RECEIVING, "{\"a\":1,\"a\":2}"));
        jobs.add(new Job(Kind.CONTENT, Profile.SENDING, "[".repeat(1000)));
        jobs.add(new Job(Kind.CONTENT, Profile.RECEIVING, "{} trailing"));
        return jobs;
    }

    private record Job(Kind kind, Profile profile, String json) {
        String run(WithheldValidator validator) {
            try {
                ValidationResult result = validator.validator(kind, profile).validate(json);
                return (result.isValid() ? "valid " : "invalid ") + result.violations();
            } catch (RejectedInputException e) {
                return "rejected " + e.reason() + " " + e.getMessage();
            }
        }
    }
}
