def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 4, Failures: 0, Errors: 0')
def model = new File(basedir, 'target/generated-sources/withheld-codegen/org/example/it/model')
assert new File(model, 'events/Message.java').isFile()
assert new File(model, 'events/Receipt.java').isFile()
// The command line, given the goal's parameters (a $ref leaves the source directory into the project), writes the same files.
def cli = evaluate(new File(itDirectory, 'command-line.groovy'))
def result = cli.run(basedir, ['generate', '--targetPackage', 'org.example.it.model', '--includes', 'events/*.yaml',
        '--buildDirectory', 'target/cli'])
assert result.exit == 0 : result.err
cli.sameFiles(new File(basedir, 'target/generated-sources/withheld-codegen'), new File(basedir, 'target/cli/generated-sources/withheld-codegen'))
return true
