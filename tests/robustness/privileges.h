#pragma once

// Tests of permission failures (a read-only folder) mean nothing when run as root: root's
// CAP_DAC_OVERRIDE writes through any mode bits, and CI runs as root inside its build root. These
// helpers take those capabilities away for the duration of a check, so a 0555 folder is as
// read-only for the test as it is for a user. For an ordinary user they change nothing.

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace TestPrivileges {

constexpr unsigned overrideBits = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH) | (1u << CAP_FOWNER);

// Lowers the override capabilities of the calling thread (the one the test and SQLite run on)
// while it lives; they stay permitted, so the destructor raises them again.
class WithoutFileOverride
{
public:
    WithoutFileOverride()
    {
        m_ok = syscall(SYS_capget, &m_header, m_saved) == 0;
        if (!m_ok)
            return;
        __user_cap_data_struct lowered[2] = {m_saved[0], m_saved[1]};
        lowered[0].effective &= ~overrideBits;
        m_ok = syscall(SYS_capset, &m_header, lowered) == 0;
    }
    ~WithoutFileOverride()
    {
        if (m_ok)
            syscall(SYS_capset, &m_header, m_saved);
    }
    WithoutFileOverride(const WithoutFileOverride &) = delete;
    WithoutFileOverride &operator=(const WithoutFileOverride &) = delete;

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2]{};
    bool m_ok = false;
};

// For QProcess::setChildProcessModifier: removes the override capabilities from the bounding set
// of the child, so the program it executes does not get them back as root. Only async-signal-safe
// calls; failure (an ordinary user never had them) is fine.
inline void dropFileOverrideInChild()
{
    prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
    prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0);
    prctl(PR_CAPBSET_DROP, CAP_FOWNER, 0, 0, 0);
}

} // namespace TestPrivileges
