#!/usr/bin/env bash
# Installs what the build and the tests need when it is missing: Debian's Xtensa binutils/gcc,
# QEMU's lx106 core, 32-bit libc for the i686 build, and the Rust targets. Idempotent.
set -euo pipefail

need_pkgs=()
command -v xtensa-lx106-elf-as >/dev/null || need_pkgs+=(binutils-xtensa-lx106)
command -v xtensa-lx106-elf-gcc >/dev/null || need_pkgs+=(gcc-xtensa-lx106)
command -v qemu-system-xtensa >/dev/null || need_pkgs+=(qemu-system-misc)
[ -e /usr/lib/gcc/x86_64-linux-gnu/12/32/crtbegin.o ] || [ -e /usr/include/x86_64-linux-gnu/gnu/stubs-32.h ] || [ -e /usr/include/i386-linux-gnu/gnu/stubs-32.h ] || need_pkgs+=(gcc-multilib)
if [ ${#need_pkgs[@]} -gt 0 ]; then
    echo "setup: installing ${need_pkgs[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi
for t in i686-unknown-linux-gnu thumbv7em-none-eabihf; do
    rustup target list --installed | grep -qx "$t" || rustup target add "$t"
done
