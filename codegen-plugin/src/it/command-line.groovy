// Helpers for the verify scripts that run the generator's command line (target/withheld-codegen.jar) on the same
// project as the goal did, as a build that is not Maven would. Load with: def cli = evaluate(new File(itDirectory, 'command-line.groovy'))

/** Runs the jar in the project's directory; returns the exit status and what it printed on each stream. */
def run = { File basedir, List<String> arguments ->
    def command = [new File(System.getProperty('java.home'), 'bin/java').path, '-jar', codegenJar] + arguments
    def process = new ProcessBuilder(command).directory(basedir).start()
    def out = new ByteArrayOutputStream()
    def err = new ByteArrayOutputStream()
    process.consumeProcessOutput(out, err)
    process.waitFor()
    process.waitForProcessOutput()
    [exit: process.exitValue(), out: out.toString('UTF-8'), err: err.toString('UTF-8')]
}

/** Every file below the directory, by its path relative to it. */
def files = { File directory ->
    def found = [:] as TreeMap
    directory.eachFileRecurse(groovy.io.FileType.FILES) { found[directory.toPath().relativize(it.toPath()).toString()] = it }
    found
}

/** The two directories hold the same files with the same bytes. */
def sameFiles = { File expected, File actual ->
    def want = files(expected)
    def got = files(actual)
    assert !want.isEmpty() : "nothing in ${expected}"
    assert got.keySet() == want.keySet() : "the command line wrote other files than the goal"
    want.each { name, file -> assert got[name].bytes == file.bytes : "${name} differs between the goal and the command line" }
    true
}

/** The lines Maven logged, without its [INFO]/[WARNING]/[ERROR] level. */
def mavenLines = { File basedir ->
    new File(basedir, 'build.log').readLines().collect { it.replaceFirst(/^\[(INFO|WARNING|ERROR)\] /, '') }
}

[run: run, sameFiles: sameFiles, mavenLines: mavenLines]
