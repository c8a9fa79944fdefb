// The build restored the backup, regenerated, removed the class of the deleted schema, kept the file it never
// wrote, cleared the leftovers, wrote a complete state, and compiled exactly that.
def sources = new File(basedir, 'target/generated-sources')
def model = new File(sources, 'withheld-codegen/org/example/it/model')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('1 removed') : 'the class of the deleted schema was not reported as removed'
assert new File(model, 'Note.java').text.contains('getText()') : 'Note.java was not regenerated'
assert new File(model, 'Handwritten.java').isFile() : 'a file the plugin never wrote was lost'
assert !new File(model, 'Old.java').exists() : 'the class of the deleted schema is still there'
assert !new File(model, 'Half.java').exists() : 'the staging directory of the killed build was used'
assert !new File(sources, 'withheld-codegen.codegen-staging').exists()
assert !new File(sources, 'withheld-codegen.codegen-backup').exists()
assert new File(sources, 'withheld-codegen.codegen-state').readLines()[0].startsWith('fingerprint=')
def classes = new File(basedir, 'target/classes/org/example/it/model')
assert new File(classes, 'Note.class').isFile()
assert new File(classes, 'Handwritten.class').isFile()
assert !new File(classes, 'Old.class').exists()
return true
