def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
assert new File(basedir, 'target/generated-sources/withheld-codegen/org/example/it/model/Withheld.java').isFile()
// The inline enumeration of code is a class of its own, named after its parent and property.
assert new File(basedir, 'target/generated-sources/withheld-codegen/org/example/it/model/WithheldCode.java').text.contains('public final class WithheldCode')
// The command line, given the goal's parameters, writes the same files byte for byte, and a second run writes nothing.
def cli = evaluate(new File(itDirectory, 'command-line.groovy'))
def first = cli.run(basedir, ['generate', '--targetPackage', 'org.example.it.model', '--outputDirectory', 'target/cli-generated'])
assert first.exit == 0 : first.err
assert first.out.contains('Generated 5 files from 1 schemas: 5 written, 0 unchanged, 0 removed.')
cli.sameFiles(new File(basedir, 'target/generated-sources/withheld-codegen'), new File(basedir, 'target/cli-generated'))
def written = new File(basedir, 'target/cli-generated/org/example/it/model/Withheld.java').lastModified()
Thread.sleep(1100)
def second = cli.run(basedir, ['generate', '--targetPackage', 'org.example.it.model', '--outputDirectory', 'target/cli-generated'])
assert second.exit == 0 : second.err
assert second.out.trim() == 'Generated sources are up to date (1 schemas unchanged); nothing written.'
assert new File(basedir, 'target/cli-generated/org/example/it/model/Withheld.java').lastModified() == written
// A parameter the goal refuses is refused with the goal's words and status 1; a missing required one is a usage error.
def draft = cli.run(basedir, ['generate', '--targetPackage', 'x', '--defaultDraft', 'draft-99'])
assert draft.exit == 1 && draft.err.startsWith('defaultDraft: "draft-99" is not a JSON Schema draft')
assert cli.run(basedir, ['generate']).exit == 2
return true
