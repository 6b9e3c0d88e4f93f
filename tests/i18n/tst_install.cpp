// `cmake --install` lays out what a Linux desktop looks for, and the AppStream metainfo validates.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString metainfoName = QStringLiteral("io.github.dockprep.DockPrep.metainfo.xml");

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString capture(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text).captured(1);
}

} // namespace

class InstallTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metainfoValidates()
    {
        const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (appstreamcli.isEmpty())
            QSKIP("appstreamcli is not installed");
        QProcess validate;
        validate.setProcessChannelMode(QProcess::MergedChannels);
        validate.start(appstreamcli, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                      QStringLiteral("--pedantic"),
                                      QStringLiteral(DOCKPREP_SOURCE_DIR "/resources/") + metainfoName});
        QVERIFY(validate.waitForFinished(60000));
        const QString output = QString::fromUtf8(validate.readAll());
        QVERIFY2(validate.exitStatus() == QProcess::NormalExit && validate.exitCode() == 0,
                 qPrintable(output));
    }

    void installTreeHoldsTheDesktopFiles()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(QStringLiteral(DOCKPREP_CMAKE),
                      {QStringLiteral("--install"), QStringLiteral(DOCKPREP_BINARY_DIR),
                       QStringLiteral("--prefix"), prefix.path()});
        QVERIFY(install.waitForFinished(120000));
        QVERIFY2(install.exitCode() == 0, qPrintable(QString::fromUtf8(install.readAll())));

        QSet<QString> installed;
        for (QDirIterator it(prefix.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
            installed.insert(QDir(prefix.path()).relativeFilePath(it.next()));

        const QStringList expected = {
            QStringLiteral("bin/dockprep"),
            QStringLiteral("share/applications/dockprep.desktop"),
            QStringLiteral("share/metainfo/") + metainfoName,
            QStringLiteral("share/icons/hicolor/scalable/apps/dockprep.svg"),
        };
        // Panels and docks that want a fixed size find a real PNG of exactly that size.
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QString png = QStringLiteral("share/icons/hicolor/%1x%1/apps/dockprep.png").arg(size);
            QVERIFY2(installed.contains(png), qPrintable(png + QStringLiteral(" is missing")));
            const QImage image(prefix.filePath(png));
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY2(image.hasAlphaChannel() && qAlpha(image.pixel(0, 0)) == 0, "the corners must stay transparent");
            QVERIFY2(qAlpha(image.pixel(size / 2, size / 2)) == 255, "the middle must be painted");
        }
        for (const QString &file : expected)
            QVERIFY2(installed.contains(file), qPrintable(file + QStringLiteral(" is missing; installed: ")
                                                          + QStringList(installed.cbegin(), installed.cend()).join(u' ')));
        // Nothing may land outside the places a desktop package owns.
        static const QRegularExpression allowed(
            QStringLiteral("^(bin/[^/]+|share/(applications|metainfo)/[^/]+|share/icons/hicolor/[^/]+/apps/[^/]+)$"));
        for (const QString &file : std::as_const(installed))
            QVERIFY2(allowed.match(file).hasMatch(), qPrintable(file + QStringLiteral(" is installed in an unexpected place")));
        QVERIFY(QFileInfo(prefix.filePath(QStringLiteral("bin/dockprep"))).isExecutable());

        // The three files must point at each other: launchable → .desktop, Exec → binary, Icon → icon.
        const QString desktop = readAll(prefix.filePath(QStringLiteral("share/applications/dockprep.desktop")));
        const QString metainfo = readAll(prefix.filePath(QStringLiteral("share/metainfo/") + metainfoName));
        QCOMPARE(capture(metainfo, QStringLiteral("<launchable type=\"desktop-id\">([^<]+)</launchable>")),
                 QStringLiteral("dockprep.desktop"));
        QCOMPARE(capture(metainfo, QStringLiteral("<binary>([^<]+)</binary>")), QStringLiteral("dockprep"));
        QCOMPARE(capture(desktop, QStringLiteral("^Exec=(\\S+)")), QStringLiteral("dockprep"));
        QCOMPARE(capture(desktop, QStringLiteral("^Icon=(\\S+)$")), QStringLiteral("dockprep"));
        QVERIFY(desktop.startsWith(QStringLiteral("[Desktop Entry]\n")));
    }
};

QTEST_GUILESS_MAIN(InstallTest)
#include "tst_install.moc"
