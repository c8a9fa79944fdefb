package dev.withheld.codegen.differential.random;

import dev.withheld.codegen.differential.DifferentialSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one random case the way the corpus harness runs an entry: generate with withheld-codegen,
 * compile in-process against jackson-annotations alone, judge every instance with networknt and with
 * the generated class. Returns the failures in the categories that the run gates.
 */
final class RandomCaseCheck {

    private static final Path WORK = Path.of("target", "differential-random");
    private static final AtomicInteger TRIES = new AtomicInteger();

    private RandomCaseCheck() {
    }

    static List<DifferentialSupport.Failure> failures(RandomCase randomCase, Set<String> gatedCategories) {
        Path directory = WORK.resolve("try-" + TRIES.incrementAndGet());
        try {
            Path schemaFile = directory.resolve("schema").resolve("sample.json");
            Files.createDirectories(schemaFile.getParent());
            Files.writeString(schemaFile, randomCase.schema().toString(), StandardCharsets.UTF_8);
            List<String> instances = new ArrayList<>();
            randomCase.instances().forEach(i -> instances.add(i.toString()));
            List<DifferentialSupport.Failure> all = DifferentialSupport.judgeOneSchema(schemaFile, instances, directory);
            return all.stream().filter(f -> gatedCategories.contains(f.category())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DifferentialSupport.deleteTree(directory);
        }
    }

}
