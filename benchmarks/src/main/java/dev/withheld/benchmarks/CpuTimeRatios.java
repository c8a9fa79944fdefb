package dev.withheld.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A cross-check of the JMH run for a busy, shared machine: the same {@link ValidationBenchmark}
 * methods and states (same {@code @Setup} verdict checks), timed in <em>thread CPU time</em>
 * rather than wall time, and interleaved: every round gives each benchmark a short slice in
 * turn, so load from other processes falls on all of them alike. Prints the same table as
 * {@link ResultTable}, from the median over rounds.
 *
 * <p>JMH stays the reference; this only tells whether its ratios survived the noise.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.withheld.benchmarks.CpuTimeRatios [ROUNDS=15] [SLICE_MS=300] [REGEX]</pre>
 */
public final class CpuTimeRatios {

    private static final String BLACKHOLE_CHALLENGE =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

    private CpuTimeRatios() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        long sliceNanos = (args.length > 1 ? Long.parseLong(args[1]) : 300) * 1_000_000L;
        Pattern filter = Pattern.compile(args.length > 2 ? args[2] : ".*");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        Blackhole sink = new Blackhole(BLACKHOLE_CHALLENGE);
        ValidationBenchmark benchmark = new ValidationBenchmark();
        Map<Class<?>, Object> states = new HashMap<>();
        Map<String, Runnable> ops = new LinkedHashMap<>();
        List<Method> methods = new ArrayList<>(Arrays.asList(ValidationBenchmark.class.getMethods()));
        methods.sort(Comparator.comparing(Method::getName));
        for (Method method : methods) {
            if (!method.isAnnotationPresent(Benchmark.class) || !filter.matcher(method.getName()).find()) {
                continue;
            }
            Object[] arguments = new Object[method.getParameterCount()];
            for (int i = 0; i < arguments.length; i++) {
                Class<?> type = method.getParameterTypes()[i];
                arguments[i] = type == Blackhole.class ? sink : state(type, states);
            }
            ops.put(method.getName(), () -> {
                try {
                    method.invoke(benchmark, arguments);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        // Warm-up: each benchmark alone for 20 slices (6 s by default), so the JIT has compiled it.
        for (Map.Entry<String, Runnable> op : ops.entrySet()) {
            for (int i = 0; i < 20; i++) {
                slice(op.getValue(), sliceNanos, threads);
            }
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Runnable> op : ops.entrySet()) {
                samples.computeIfAbsent(op.getKey(), k -> new ArrayList<>()).add(slice(op.getValue(), sliceNanos, threads));
            }
        }
        Map<String, ResultTable.Score> scores = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> sample : samples.entrySet()) {
            List<Double> sorted = new ArrayList<>(sample.getValue());
            Collections.sort(sorted);
            double median = sorted.get(sorted.size() / 2);
            double spread = sorted.get(sorted.size() * 3 / 4) - sorted.get(sorted.size() / 4);
            scores.put(sample.getKey(), new ResultTable.Score(median, spread));
        }
        System.out.printf(Locale.ROOT, "Thread CPU time per op, median of %d interleaved rounds of %d ms slices.%n%n",
                rounds, sliceNanos / 1_000_000);
        ResultTable.print(scores, EventMix.valid().size(), EventMix.invalid().size(), "IQR", System.out);
    }

    /** Runs the op for about one slice of CPU time; returns CPU nanoseconds per op. */
    private static double slice(Runnable op, long sliceNanos, ThreadMXBean threads) {
        long start = threads.getCurrentThreadCpuTime();
        long ops = 0;
        long used;
        do {
            op.run();
            ops++;
            used = threads.getCurrentThreadCpuTime() - start;
        } while (used < sliceNanos);
        return (double) used / ops;
    }

    private static Object state(Class<?> type, Map<Class<?>, Object> states) throws ReflectiveOperationException {
        Object existing = states.get(type);
        if (existing != null) {
            return existing;
        }
        Object state = type.getDeclaredConstructor().newInstance();
        for (Method setup : type.getMethods()) {
            if (setup.isAnnotationPresent(Setup.class)) {
                setup.invoke(state);
            }
        }
        states.put(type, state);
        return state;
    }
}
