// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyringSession.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace Postbote::Test {

namespace {

const char* const InsideVariable = "POSTBOTE_TEST_PRIVATE_KEYRING";

bool onPath(const char* program)
{
    const std::string command = std::string("command -v ") + program + " >/dev/null 2>&1";
    return std::system(command.c_str()) == 0;
}

} // namespace

int runInsidePrivateKeyring(int argc, char** argv)
{
    if (const char* inside = std::getenv(InsideVariable); inside && std::strcmp(inside, "1") == 0) {
        return -1;
    }
    for (const char* program : {"dbus-run-session", "gnome-keyring-daemon"}) {
        if (!onPath(program)) {
            std::fprintf(stderr,
                "FAIL: %s is missing; keychain tests need dbus and gnome-keyring "
                "(scripts/setup.sh installs them)\n",
                program);
            return 1;
        }
    }
    char pattern[] = "/tmp/postbote-keyring-home-XXXXXX";
    const char* home = mkdtemp(pattern);
    if (!home) {
        std::perror("mkdtemp");
        return 1;
    }
    const std::string base = home;
    const std::string runtime = base + "/run";
    ::mkdir(runtime.c_str(), 0700);
    const pid_t child = fork();
    if (child == 0) {
        setenv("HOME", base.c_str(), 1);
        setenv("XDG_CONFIG_HOME", (base + "/.config").c_str(), 1);
        setenv("XDG_DATA_HOME", (base + "/.local/share").c_str(), 1);
        setenv("XDG_CACHE_HOME", (base + "/.cache").c_str(), 1);
        setenv("XDG_RUNTIME_DIR", runtime.c_str(), 1);
        setenv(InsideVariable, "1", 1);
        unsetenv("DISPLAY"); // no password prompter: a locked keyring must fail, not hang
        unsetenv("WAYLAND_DISPLAY");
        unsetenv("DBUS_SESSION_BUS_ADDRESS");
        std::vector<char*> args;
        std::string script = "echo -n test | gnome-keyring-daemon --unlock --components=secrets "
                             ">/dev/null; exec \"$0\" \"$@\"";
        args.push_back(const_cast<char*>("dbus-run-session"));
        args.push_back(const_cast<char*>("--"));
        args.push_back(const_cast<char*>("sh"));
        args.push_back(const_cast<char*>("-c"));
        args.push_back(script.data());
        for (int i = 0; i < argc; ++i) {
            args.push_back(argv[i]);
        }
        args.push_back(nullptr);
        execvp("dbus-run-session", args.data());
        std::perror("execvp dbus-run-session");
        _exit(127);
    }
    int status = 0;
    waitpid(child, &status, 0);
    std::error_code ignored;
    std::filesystem::remove_all(base, ignored);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

} // namespace Postbote::Test
