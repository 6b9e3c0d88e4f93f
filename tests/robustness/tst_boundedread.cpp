// The one bounded reader every file, paste and stream goes through: it stops at the limit in
// bytes actually read (a device's size() is no bound: /dev/zero and pipes report 0), and at the
// first NUL byte (no text file holds one).
#include "text/boundedread.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace DockPrep;

namespace {

// An endless stream that reports no size, like /dev/zero or `yes`: only a bound on what is read
// ends a read of it. Counts what was taken from it.
class EndlessDevice final : public QIODevice
{
public:
    explicit EndlessDevice(char byte)
        : m_byte(byte)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 size() const override { return 0; }
    qint64 taken = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        std::fill(data, data + maxSize, m_byte);
        taken += maxSize;
        return maxSize;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    char m_byte;
};

} // namespace

class TestBoundedRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buffer_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<int>("status");
        using S = BoundedRead::Status;
        QTest::newRow("empty") << QByteArray() << qint64(10) << int(S::Ok);
        QTest::newRow("under") << QByteArray("FROM a:1\n") << qint64(10) << int(S::Ok);
        QTest::newRow("exactly the limit") << QByteArray(10, 'x') << qint64(10) << int(S::Ok);
        QTest::newRow("one byte over") << QByteArray(11, 'x') << qint64(10) << int(S::TooLarge);
        QTest::newRow("many chunks over") << QByteArray(300'000, 'x') << qint64(200'000) << int(S::TooLarge);
        QTest::newRow("a NUL byte") << QByteArray("FROM a\0b", 8) << qint64(10) << int(S::NotText);
        QTest::newRow("a NUL in a later chunk") << QByteArray(100'000, 'x') + QByteArray(1, '\0') << qint64(200'000) << int(S::NotText);
    }

    void buffer()
    {
        QFETCH(QByteArray, data);
        QFETCH(qint64, limit);
        QFETCH(int, status);
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const BoundedRead read = readBounded(buffer, limit);
        QCOMPARE(int(read.status), status);
        QCOMPARE(read.data, read.ok() ? data : QByteArray());  // all of it, or nothing partial
        QCOMPARE(read.message(QStringLiteral("f")).isEmpty(), read.ok());
    }

    void endlessStreamStopsAtTheLimit()
    {
        EndlessDevice endless('a');
        const BoundedRead read = readBounded(endless, 1 << 20);
        QCOMPARE(read.status, BoundedRead::Status::TooLarge);
        QVERIFY2(endless.taken <= (1 << 20) + 64 * 1024, "read no more than the limit and one chunk");
        QCOMPARE(read.message(QStringLiteral("/dev/stdin")), QStringLiteral("/dev/stdin: more than 1 MiB (limit): refusing"));
    }

    void endlessZerosStopAtTheFirstChunk()
    {
        EndlessDevice zeros('\0');
        const BoundedRead read = readBounded(zeros, qint64(1) << 30);
        QCOMPARE(read.status, BoundedRead::Status::NotText);
        QCOMPARE(read.nulOffset, 0);
        QVERIFY(zeros.taken <= 64 * 1024);
        QCOMPARE(read.message(QStringLiteral("/dev/zero")), QStringLiteral("/dev/zero: not a text file (a NUL byte at offset 0): refusing"));
    }

    void devZeroReportsNoSize()
    {
        if (!QFile::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero here");
        const BoundedRead read = readBoundedFile(QStringLiteral("/dev/zero"), qint64(1) << 30);
        QCOMPARE(read.status, BoundedRead::Status::NotText);
    }

    void fileOverTheLimitAndMissingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, '#'));
        file.close();
        QCOMPARE(readBoundedFile(path, 2048).data.size(), 2048);
        QCOMPARE(readBoundedFile(path, 2047).status, BoundedRead::Status::TooLarge);
        QCOMPARE(readBoundedFile(path, 2047).message(QStringLiteral("Dockerfile")), 
                 QStringLiteral("Dockerfile: more than %1 (limit): refusing").arg(limitText(2047)));

        const BoundedRead missing = readBoundedFile(dir.filePath(QStringLiteral("gone")), 10);
        QCOMPARE(missing.status, BoundedRead::Status::Failed);
        QVERIFY2(missing.message(QStringLiteral("gone")).startsWith(QLatin1String("cannot read gone: ")), qPrintable(missing.message(QStringLiteral("gone"))));
    }

    void textStreamOverAString()
    {
        QString text = QStringLiteral("services: {}\n");
        QTextStream in(&text);
        const BoundedRead read = readBounded(in, 100);
        QVERIFY(read.ok());
        QCOMPARE(read.data, QByteArray("services: {}\n"));
        QString big(101, u'x');
        QTextStream bigIn(&big);
        QCOMPARE(readBounded(bigIn, 100).status, BoundedRead::Status::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestBoundedRead)
#include "tst_boundedread.moc"
