# Sourced by ./zhiti and ./test: points JAVA_HOME at a JDK >= 21 (Lucene 10 needs it), or explains what to install.
zhiti_jdk_major() { # prints the major version of the JDK at $1, or nothing
  local home=$1 v
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "${v:-}" ]; then
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = \([0-9]*\).*/\1/p')
  fi
  echo "${v:-}"
}

zhiti_find_jdk() {
  local cand major
  # 1. $JAVA_HOME if it is new enough; 2. Temurin under /usr/lib/jvm (newest first); 3. any JDK there; 4. java on PATH
  local path_java=""
  if command -v javac >/dev/null 2>&1; then
    path_java=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  for cand in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/temurin-* 2>/dev/null | sort -V -r) \
              $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -V -r) "$path_java"; do
    [ -n "$cand" ] || continue
    major=$(zhiti_jdk_major "$cand")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$cand"
      return 0
    fi
  done
  return 1
}

if ! ZHITI_JDK=$(zhiti_find_jdk); then
  echo "zhiti: no JDK 21 or newer found (checked \$JAVA_HOME, /usr/lib/jvm and the PATH)." >&2
  echo "       Install one (e.g. Temurin 21+ from adoptium.net, or 'apt-get install openjdk-21-jdk' where" >&2
  echo "       your distribution has it) and set JAVA_HOME to it." >&2
  exit 2
fi
export JAVA_HOME="$ZHITI_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
