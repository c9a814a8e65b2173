#!/usr/bin/env bash
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
exec $J -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=target/graal-compiler --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -cp target/classes:$(cat target/runtime-classpath.txt) dev.browserharness.Main "$@"
