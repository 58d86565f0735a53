// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Postbote::Test {

/// Keychain tests need a Secret Service. Called first in main(), this re-runs the test
/// program inside a private D-Bus session (dbus-run-session) with an unlocked gnome-keyring
/// and a throwaway HOME (XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_RUNTIME_DIR inside it), then
/// removes that HOME. It does so whether or not the caller already has a session bus, so the
/// test never touches a real keyring or real settings.
///
/// Returns the inner run's exit code, or -1 inside the private session (go on testing).
int runInsidePrivateKeyring(int argc, char** argv);

} // namespace Postbote::Test
