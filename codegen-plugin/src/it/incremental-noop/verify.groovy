// Run by profile maven-range on a downloaded Maven release: the build really ran on that release.
if (binding.hasVariable('mavenRelease')) {
    assert new File(basedir, 'build.log').text.startsWith("Apache Maven ${mavenRelease} ") : "the build ran on Maven ${mavenRelease}"
}

// build-started is touched at the start of each build, so after the second build its time is that build's start.
def started = new File(basedir, 'target/build-started').lastModified()
def generated = new File(basedir, 'target/generated-sources/withheld-codegen')
def touched = []
generated.eachFileRecurse { f -> if (f.isFile() && f.lastModified() >= started) touched << f }
new File(basedir, 'target/classes').eachFileRecurse { f -> if (f.isFile() && f.lastModified() >= started) touched << f }
assert touched.isEmpty() : "the second build rewrote ${touched}"
def log = new File(basedir, 'build.log').text
assert log.contains('Generated sources are up to date (1 schemas unchanged); nothing written.')
assert new File(generated, 'org/example/it/model/Note.java').isFile()
return true
