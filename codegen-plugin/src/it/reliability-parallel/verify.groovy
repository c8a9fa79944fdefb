// The build ran with two threads, no plugin was flagged as unsafe for that, and every module got its
// own complete, compiled and tested model.
def log = new File(basedir, 'build.log').text
assert log.contains('thread count of 2') : 'the build did not run in parallel'
assert !log.contains('not marked as thread-safe') : 'a plugin is flagged as not thread-safe'
assert log.contains('BUILD SUCCESS')
assert log.count('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') >= 3

def expect = [
    'events': ['org/example/it/events/Withheld.java', 'org/example/it/events/Sender.java'],
    'keys'  : ['org/example/it/keys/Withheld.java', 'org/example/it/keys/Sender.java'],
    'notes' : ['org/example/it/notes/Note.java'],
]
expect.each { module, files ->
    def out = new File(basedir, "${module}/target/generated-sources/withheld-codegen")
    files.each { f ->
        assert new File(out, f).isFile() : "${module}: ${f} was not generated"
        def cls = f.replace('.java', '.class')
        assert new File(basedir, "${module}/target/classes/${cls}").isFile() : "${module}: ${cls} was not compiled"
    }
    // Nothing of one module's model leaked into another's output, and no temporary file was left.
    out.eachFileRecurse { f ->
        if (f.isFile()) {
            def rel = out.toPath().relativize(f.toPath()).toString().replace('\\', '/')
            assert rel.startsWith("org/example/it/${module}/") : "${module} holds ${rel}"
            assert rel.endsWith('.java') : "${module} holds a leftover ${rel}"
        }
    }
    assert new File(basedir, "${module}/target/generated-sources/withheld-codegen.codegen-state").isFile()
}
// The shared schema directory is only read.
def shared = []
new File(basedir, 'schemas').eachFileRecurse { if (it.isFile()) shared << it.name }
assert shared.sort() == ['ids.schema.json', 'sender.schema.json', 'withheld.schema.json']
return true
