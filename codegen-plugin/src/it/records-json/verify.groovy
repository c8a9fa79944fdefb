def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
def model = new File(basedir, 'target/generated-sources/withheld-codegen/org/example/it/model')
assert new File(model, 'Event.java').text.contains('public record Event(')
assert new File(model, 'EventUnsigned.java').text.contains('public record EventUnsigned(')
// The content's shape depends on its code: it stays a class, and the build says why.
assert new File(model, 'Withheld.java').text.contains('public final class Withheld')
assert log.contains('Note: Withheld (schema /): a class, not a record: its shape depends on its values (if/then/else); records are for objects of one shape')
// The command line with --records writes the same files byte for byte.
def cli = evaluate(new File(itDirectory, 'command-line.groovy'))
def run = cli.run(basedir, ['generate', '--targetPackage', 'org.example.it.model', '--records', '--outputDirectory', 'target/cli-generated'])
assert run.exit == 0 : run.err
cli.sameFiles(new File(basedir, 'target/generated-sources/withheld-codegen'), new File(basedir, 'target/cli-generated'))
// Records have no setters: asking for both is the goal's failure, in its words.
def both = cli.run(basedir, ['generate', '--targetPackage', 'org.example.it.model', '--records', '--includeSetters'])
assert both.exit == 1 && both.err.startsWith('records and includeSetters cannot be combined') : both.err
return true
