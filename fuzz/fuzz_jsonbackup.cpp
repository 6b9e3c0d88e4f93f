// Fuzzes the JSON backup a user imports (JsonBackup::read): a file from another machine, a sync
// tool or an editor. A bad file gives a message and nothing partial; a good one survives a round
// trip through write() unchanged in size.
#include "fuzzsupport.h"

#include "exchange/jsonbackup.h"

#include <QTimeZone>

using namespace DockPrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::inputBytes(data, size);
    const JsonBackup::ReadResult result = JsonBackup::read(input);
    const StudySnapshot &snapshot = result.snapshot;
    if (!result.ok()) {
        if (!snapshot.notes.isEmpty() || !snapshot.bookmarks.isEmpty() || !snapshot.progress.isEmpty())
            Fuzz::fail("a failed read returned records", result.error);
        return 0;
    }
    const JsonBackup::ReadResult again = JsonBackup::read(JsonBackup::write(snapshot, QDateTime::fromSecsSinceEpoch(0, QTimeZone::UTC)));
    if (!again.ok() || again.snapshot.notes.size() != snapshot.notes.size()
        || again.snapshot.bookmarks.size() != snapshot.bookmarks.size()
        || again.snapshot.progress.size() != snapshot.progress.size())
        Fuzz::fail("what was read does not survive write() and read()", again.error);
    return 0;
}
