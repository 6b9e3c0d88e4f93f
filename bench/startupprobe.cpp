// Starts a program on the X display in $DISPLAY and reports, seen from outside, how long it took
// until its first window was mapped and until that window was painted; optionally waits while
// the program idles and reads its resident memory. The same method for every program measured.
//
// "Painted": the window's pixels, read back from the X server, are no longer all one colour.
// Qt creates its windows with no background (XCB_BACK_PIXMAP_NONE), so a mapped window shows
// whatever was beneath it (a black root: run Xvfb with -br) until the application puts its first
// frame; a uniform grey fill by the server would not count either. Polled every millisecond.
// No window manager runs, so the window is the program's own top-level: the viewable child of
// the root whose _NET_WM_PID is the program's pid (every Qt window sets it) and that is at least
// 200×200 (tool tips and helper windows are smaller or unmapped).
//
// "Settled" (--settle-ms QUIET): work a program defers until after its first frame still delays
// the user, so the probe also reports when the program's own CPU time (utime + stime in
// /proc/PID/stat, kept in 10 ms ticks) stopped growing: the start of the first QUIET-long stretch
// in which it grew by at most one tick (a blinking cursor costs less than that).
//
// Usage: dockprep_bench_startup [--settle-ms QUIET] [--idle-ms N] [--timeout-ms N] [--frame FILE.ppm]
//                               -- PROGRAM [ARGS…]
// Prints one line: mapped_ms=… painted_ms=… [settled_ms=…] [rss_kb=… group_rss_kb=…] width=…
// height=… title="…" and exits 0, or prints error=… and exits 1. The program (its whole process
// group) is killed.
#include <xcb/xcb.h>

#include <chrono>
#include <csignal>
#include <deque>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

using Clock = std::chrono::steady_clock;

template<typename T>
using XcbReply = std::unique_ptr<T, decltype(&std::free)>;

template<typename T>
XcbReply<T> owned(T *reply)
{
    return XcbReply<T>(reply, &std::free);
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Window {
    xcb_window_t id = 0;
    uint16_t width = 0;
    uint16_t height = 0;
};

class Display
{
public:
    Display()
        : m_connection(xcb_connect(nullptr, nullptr))
    {
        if (xcb_connection_has_error(m_connection))
            return;
        m_root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;
        m_pidAtom = atom("_NET_WM_PID");
        m_nameAtom = atom("_NET_WM_NAME");
        m_utf8Atom = atom("UTF8_STRING");
    }
    ~Display() { xcb_disconnect(m_connection); }
    Display(const Display &) = delete;
    Display &operator=(const Display &) = delete;

    bool ok() const { return !xcb_connection_has_error(m_connection); }

    // The program's viewable top-level window, if it has one yet.
    std::optional<Window> windowOf(pid_t pid) const
    {
        auto tree = owned(xcb_query_tree_reply(m_connection, xcb_query_tree(m_connection, m_root), nullptr));
        if (!tree)
            return std::nullopt;
        const xcb_window_t *children = xcb_query_tree_children(tree.get());
        const int count = xcb_query_tree_children_length(tree.get());
        // All requests first, then the replies: one round trip for the lot.
        std::vector<xcb_get_window_attributes_cookie_t> attributes;
        for (int i = 0; i < count; ++i)
            attributes.push_back(xcb_get_window_attributes(m_connection, children[i]));
        std::vector<xcb_window_t> viewable;
        for (int i = 0; i < count; ++i) {
            auto reply = owned(xcb_get_window_attributes_reply(m_connection, attributes[size_t(i)], nullptr));
            if (reply && reply->map_state == XCB_MAP_STATE_VIEWABLE && reply->_class == XCB_WINDOW_CLASS_INPUT_OUTPUT)
                viewable.push_back(children[i]);
        }
        for (const xcb_window_t window : viewable) {
            auto property = owned(xcb_get_property_reply(
                m_connection, xcb_get_property(m_connection, 0, window, m_pidAtom, XCB_ATOM_CARDINAL, 0, 1), nullptr));
            if (!property || xcb_get_property_value_length(property.get()) != 4)
                continue;
            if (*static_cast<const uint32_t *>(xcb_get_property_value(property.get())) != uint32_t(pid))
                continue;
            auto geometry = owned(xcb_get_geometry_reply(m_connection, xcb_get_geometry(m_connection, window), nullptr));
            if (geometry && geometry->width >= 200 && geometry->height >= 200)
                return Window{window, geometry->width, geometry->height};
        }
        return std::nullopt;
    }

    // The window's pixels as 32-bit words (the screen is 24-bit deep, 32 bits per pixel).
    std::vector<uint32_t> pixels(const Window &window) const
    {
        auto image = owned(xcb_get_image_reply(
            m_connection,
            xcb_get_image(m_connection, XCB_IMAGE_FORMAT_Z_PIXMAP, window.id, 0, 0, window.width, window.height, ~0u),
            nullptr));
        if (!image)
            return {};
        const auto *data = reinterpret_cast<const uint32_t *>(xcb_get_image_data(image.get()));
        return std::vector<uint32_t>(data, data + xcb_get_image_data_length(image.get()) / 4);
    }

    std::string title(const Window &window) const
    {
        auto property = owned(xcb_get_property_reply(
            m_connection, xcb_get_property(m_connection, 0, window.id, m_nameAtom, m_utf8Atom, 0, 256), nullptr));
        if (!property)
            return {};
        return std::string(static_cast<const char *>(xcb_get_property_value(property.get())),
                           size_t(xcb_get_property_value_length(property.get())));
    }

private:
    xcb_atom_t atom(const char *name) const
    {
        auto reply = owned(xcb_intern_atom_reply(
            m_connection, xcb_intern_atom(m_connection, 0, uint16_t(std::strlen(name)), name), nullptr));
        return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    }

    xcb_connection_t *m_connection;
    xcb_window_t m_root = 0;
    xcb_atom_t m_pidAtom = XCB_ATOM_NONE;
    xcb_atom_t m_nameAtom = XCB_ATOM_NONE;
    xcb_atom_t m_utf8Atom = XCB_ATOM_NONE;
};

bool uniform(const std::vector<uint32_t> &pixels)
{
    for (const uint32_t pixel : pixels) {
        if ((pixel & 0xffffff) != (pixels.front() & 0xffffff))
            return false;
    }
    return true;
}

void writePpm(const std::string &file, const Window &window, const std::vector<uint32_t> &pixels)
{
    std::ofstream out(file, std::ios::binary);
    out << "P6\n" << window.width << ' ' << window.height << "\n255\n";
    for (const uint32_t pixel : pixels) {
        const char rgb[] = {char((pixel >> 16) & 0xff), char((pixel >> 8) & 0xff), char(pixel & 0xff)};
        out.write(rgb, 3);
    }
}

long statusKb(pid_t pid, const char *field)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    const std::string prefix = std::string(field) + ':';
    while (std::getline(status, line)) {
        if (line.compare(0, prefix.size(), prefix) == 0)
            return std::strtol(line.c_str() + prefix.size(), nullptr, 10);
    }
    return 0;
}

// Resident memory of every process in the group: helpers such as QtWebEngineProcess count too.
// Shared pages are counted once per process, so this overstates; the main process is the figure.
long groupRssKb(pid_t group)
{
    long total = 0;
    DIR *proc = opendir("/proc");
    while (dirent *entry = proc ? readdir(proc) : nullptr) {
        const pid_t pid = pid_t(std::atoi(entry->d_name));
        if (pid <= 0 || getpgid(pid) != group)
            continue;
        total += statusKb(pid, "VmRSS");
    }
    if (proc)
        closedir(proc);
    return total;
}

// utime + stime in clock ticks.
long cpuTicks(pid_t pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const size_t afterName = text.rfind(')');  // the name may hold spaces and parentheses
    if (afterName == std::string::npos)
        return 0;
    std::istringstream fields(text.substr(afterName + 2));
    std::string field;
    long utime = 0;
    long stime = 0;
    for (int index = 3; fields >> field; ++index) {  // field 3 is the state, 14 utime, 15 stime
        if (index == 14)
            utime = std::atol(field.c_str());
        if (index == 15) {
            stime = std::atol(field.c_str());
            break;
        }
    }
    return utime + stime;
}

// Milliseconds from `start` to the beginning of the first `quietMs` stretch in which the program
// used at most one tick of CPU; -1 when it never settled before `deadline`.
double settledMs(pid_t pid, Clock::time_point start, long quietMs, Clock::time_point deadline)
{
    struct Sample {
        double ms;
        long ticks;
    };
    std::deque<Sample> window;
    while (Clock::now() < deadline) {
        window.push_back({msSince(start), cpuTicks(pid)});
        while (window.size() > 1 && window.back().ms - window[1].ms >= double(quietMs))
            window.pop_front();
        if (window.back().ms - window.front().ms >= double(quietMs) && window.back().ticks - window.front().ticks <= 1)
            return window.front().ms;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return -1;
}

void stopGroup(pid_t pid)
{
    kill(-pid, SIGTERM);
    const auto deadline = Clock::now() + std::chrono::seconds(3);
    while (Clock::now() < deadline) {
        if (waitpid(pid, nullptr, WNOHANG) == pid)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill(-pid, SIGKILL);  // helpers that ignored SIGTERM, or the program itself
    waitpid(pid, nullptr, WNOHANG);
}

int failWith(const std::string &message)
{
    std::printf("error=\"%s\"\n", message.c_str());
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    long idleMs = 0;
    long quietMs = 0;
    long timeoutMs = 30000;
    std::string frameFile;
    int first = 1;
    for (; first < argc; ++first) {
        const std::string arg = argv[first];
        if (arg == "--") {
            ++first;
            break;
        }
        if (first + 1 >= argc)
            return failWith("usage: dockprep_bench_startup [--settle-ms N] [--idle-ms N] [--timeout-ms N] [--frame FILE] -- PROGRAM [ARGS]");
        if (arg == "--settle-ms")
            quietMs = std::atol(argv[++first]);
        else if (arg == "--idle-ms")
            idleMs = std::atol(argv[++first]);
        else if (arg == "--timeout-ms")
            timeoutMs = std::atol(argv[++first]);
        else if (arg == "--frame")
            frameFile = argv[++first];
        else
            return failWith("unknown option " + arg);
    }
    if (first >= argc)
        return failWith("no program given");

    const Display display;
    if (!display.ok())
        return failWith("cannot connect to the X display in DISPLAY");

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);  // its own group: helpers are killed with it
    posix_spawnattr_setpgroup(&attributes, 0);
    pid_t pid = 0;
    const Clock::time_point start = Clock::now();
    if (posix_spawnp(&pid, argv[first], nullptr, &attributes, argv + first, environ) != 0)
        return failWith(std::string("cannot start ") + argv[first]);
    posix_spawnattr_destroy(&attributes);

    double mappedMs = -1;
    double paintedMs = -1;
    Window window;
    std::vector<uint32_t> frame;
    while (paintedMs < 0) {
        if (waitpid(pid, nullptr, WNOHANG) == pid)
            return failWith("the program exited before painting a window");
        if (msSince(start) > double(timeoutMs)) {
            stopGroup(pid);
            return failWith("no painted window within the time limit");
        }
        if (mappedMs < 0) {
            if (const std::optional<Window> found = display.windowOf(pid)) {
                mappedMs = msSince(start);
                window = *found;
            }
        }
        if (mappedMs >= 0) {
            frame = display.pixels(window);
            if (!frame.empty() && !uniform(frame)) {
                paintedMs = msSince(start);
                break;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    const std::string title = display.title(window);
    std::printf("mapped_ms=%.1f painted_ms=%.1f", mappedMs, paintedMs);
    if (quietMs > 0)
        std::printf(" settled_ms=%.1f", settledMs(pid, start, quietMs, start + std::chrono::milliseconds(timeoutMs)));
    if (idleMs > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(idleMs));
        std::printf(" rss_kb=%ld group_rss_kb=%ld", statusKb(pid, "VmRSS"), groupRssKb(pid));
    }
    std::printf(" width=%d height=%d title=\"%s\"\n", window.width, window.height, title.c_str());
    std::fflush(stdout);
    if (!frameFile.empty())
        writePpm(frameFile, window, frame);
    stopGroup(pid);
    return 0;
}
