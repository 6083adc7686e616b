// The generated project runs the test kit, the conformance check included, with no jqwik on its test class path,
// and its *Properties test runs.
// The archetype plugin gives the generated project's folder as context.projectDir; basedir is this script's folder.
def projectDir = context.projectDir as File
def reports = new File(projectDir, 'target/surefire-reports')

def report = new File(reports, 'TEST-org.anytown.equality.AnytownPluginTest.xml')
assert report.isFile() : "no report of the conformance test in ${reports}"
def found = report.getText('UTF-8') =~ /name="surefire\.test\.class\.path" value="([^"]*)"/
assert found.find() : "no test class path in ${report}"
def classPath = found.group(1).split(File.pathSeparator) as List
assert classPath.any { it.contains('plugin-testkit') } : "the test kit is not on the test class path: ${classPath}"
def jqwik = classPath.findAll { it.contains('jqwik') }
assert jqwik.isEmpty() : "jqwik is on the generated project's test class path: ${jqwik}"

def properties = new File(reports, 'TEST-org.anytown.equality.AnytownPluginProperties.xml')
assert properties.isFile() : "the *Properties test did not run"
assert !(properties.getText('UTF-8') =~ /tests="0"/) : "the *Properties test ran no test"
return true
