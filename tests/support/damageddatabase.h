#pragma once

#include "store/database.h"
#include "store/notestore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace TestData {

enum class Damage { Truncated, ScribbledPage };

// A notes database of 300 notes, closed cleanly, then damaged on disk the way a full disk or an
// interrupted copy (Truncated) or a bad sector or a stray write (ScribbledPage) leaves one. Check
// QTest::currentTestFailed() after it.
inline void writeDamagedDatabase(const QString &path, Damage damage)
{
    {
        DockPrep::Database db;
        QVERIFY(db.open(path).ok());
        DockPrep::NoteStore store(db);
        for (int i = 0; i < 300; ++i) {
            DockPrep::Note note{{}, {}, QStringLiteral("note %1 ").arg(i).repeated(200), {}, {}};
            QVERIFY(store.saveNote(note));
        }
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));  // closing checkpointed everything
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 100 * 1024);
    if (damage == Damage::Truncated) {
        QVERIFY(file.resize(size / 2));
        return;
    }
    QByteArray junk(8192, Qt::Uninitialized);
    QRandomGenerator generator(4);
    for (char &byte : junk)
        byte = char(generator.bounded(256));
    QVERIFY(file.seek(size / 2));
    QCOMPARE(file.write(junk), junk.size());
}

} // namespace TestData
