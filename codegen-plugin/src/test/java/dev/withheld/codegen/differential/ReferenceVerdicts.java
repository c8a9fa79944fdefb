package dev.withheld.codegen.differential;

import com.networknt.schema.Error;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * networknt's verdict on every instance of the corpus, computed once and shared by the generators
 * under test. It also checks the corpus itself: an instance under {@code valid/} that networknt
 * rejects (or under {@code invalid/} that it accepts), or a schema it cannot load, is a mistake in
 * the corpus, listed in {@link #corpusProblems()}.
 */
final class ReferenceVerdicts {

    private final Map<Path, List<Error>> errors = new LinkedHashMap<>();
    private final List<String> corpusProblems = new ArrayList<>();

    ReferenceVerdicts(List<CorpusEntry> entries) {
        for (CorpusEntry entry : entries) {
            ReferenceValidator validator;
            try {
                validator = new ReferenceValidator(entry.root(), entry.schemaFiles());
            } catch (RuntimeException e) {
                corpusProblems.add(entry.name() + ": networknt cannot load the schema: " + ModelProbe.firstLine(e));
                continue;
            }
            judge(entry, validator, entry.valid(), true);
            judge(entry, validator, entry.invalid(), false);
            if (entry.valid().isEmpty() || entry.invalid().isEmpty()) {
                corpusProblems.add(entry.name() + ": needs instances under both valid/ and invalid/");
            }
        }
    }

    private void judge(CorpusEntry entry, ReferenceValidator validator, List<Path> instances, boolean expectValid) {
        for (Path instance : instances) {
            List<Error> found;
            try {
                found = validator.validate(Documents.read(instance));
            } catch (RuntimeException e) {
                corpusProblems.add(entry.name() + "/" + entry.directory().relativize(instance) + ": " + ModelProbe.firstLine(e));
                continue;
            }
            errors.put(instance, found);
            if (found.isEmpty() != expectValid) {
                corpusProblems.add(entry.name() + "/" + entry.directory().relativize(instance) + ": labelled "
                        + (expectValid ? "valid" : "invalid") + " but networknt says "
                        + (found.isEmpty() ? "valid" : "invalid: " + found.get(0)));
            }
        }
    }

    /** networknt's errors for an instance (empty: valid); null when it could not be judged. */
    List<Error> errors(Path instance) {
        return errors.get(instance);
    }

    List<String> corpusProblems() {
        return corpusProblems;
    }
}
