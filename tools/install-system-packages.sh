#!/bin/sh
# Installs the Debian packages the checks need: LibreOffice (Word -> PDF), poppler
# (pdfinfo reads a PDF's tags), what the AT-SPI accessibility test needs (a virtual X
# screen, a session bus, the AT-SPI registry, pyatspi for the system Python, Qt's xcb
# libraries) and, when asked, pandoc for the benchmark.  Needs root (as on CI) or sudo.
set -e
packages="libreoffice-writer-nogui poppler-utils fonts-dejavu-core \
xvfb at-spi2-core python3-pyatspi dbus-x11 \
libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 $*"
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
        echo "Please install: $packages (needs root)" >&2; exit 1
    fi
fi
echo "Installing $packages ..."
${SUDO:-} apt-get update -qq
DEBIAN_FRONTEND=noninteractive ${SUDO:-} apt-get install -y -qq $packages >/dev/null
