#pragma once

// What the exchange tests share: a sample of study data with awkward text in it (HTML, tabs,
// emoji, a note whose question is gone), a store in a fresh database, and export requests
// against the fixture curriculum.

#include "settings/appsettings.h"
#include "store/challengestore.h"
#include "diagrams/diagramcatalog.h"
#include "exchange/exporter.h"
#include "exchange/headinglevels.h"
#include "exchange/importplan.h"
#include "exchange/jsonbackup.h"
#include "store/database.h"
#include "store/interviewstore.h"
#include "store/reviewstore.h"
#include "store/notestore.h"
#include "text/pdfpages.h"
#include "support/testdata.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ExchangeTesting {

using namespace DockPrep;

// Pages in a PDF: its page objects ("/Type /Page", not "/Type /Pages").
inline int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    int pages = 0;
    for (QRegularExpressionMatchIterator it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toUTC();
}

inline Note note(const char *id, const QString &target, const QString &body, const char *created, const char *updated)
{
    return {QLatin1String(id), target, body, utc(created), utc(updated)};
}

// A store in a fresh database, with a fixed clock.
struct StoreFixture {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<NoteStore> store;

    StoreFixture()
    {
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("dockprep.sqlite"))).ok())
            qFatal("cannot open a test database");
        store = std::make_unique<NoteStore>(db);
        store->setClock([] { return utc("2026-01-02T03:04:05.000Z"); });
    }
};

inline StudySnapshot sampleSnapshot()
{
    StudySnapshot snapshot;
    snapshot.notes = {
        note("n-1", QStringLiteral("entry:first-image"), QStringLiteral("Layers are **content-addressed** — 层 🐳"),
             "2026-01-01T10:00:00.000Z", "2026-01-01T10:05:00.000Z"),
        note("n-2", QStringLiteral("entry:second-run"),
             QStringLiteral("<script>alert('x')</script>\n\n```dockerfile\nFROM alpine:3.20\nRUN echo \"hi\" && ls\n```\n"),
             "2026-01-01T11:00:00.000Z", "2026-01-01T11:00:00.000Z"),
        note("n-3", QStringLiteral("diagram:engine-chain#shim"), QStringLiteral("The shim keeps stdio open."),
             "2026-01-01T12:00:00.000Z", "2026-01-01T12:00:00.000Z"),
        note("n-4", QString(), QStringLiteral("Free note with a\ttab and \"quotes\""), "2026-01-01T13:00:00.000Z",
             "2026-01-01T13:00:00.000Z"),
        note("n-5", QStringLiteral("entry:removed-long-ago"), QStringLiteral("Still mine."), "2026-01-01T14:00:00.000Z",
             "2026-01-01T14:00:00.000Z"),
    };
    snapshot.bookmarks = {{QStringLiteral("third-kernel"), QStringLiteral("<b>revisit</b>"), utc("2026-01-01T09:00:00.000Z")}};
    snapshot.progress = {{QStringLiteral("first-image"), true, utc("2026-01-01T10:10:00.000Z"), utc("2026-01-01T10:11:00.000Z")},
                         {QStringLiteral("second-run"), false, {}, utc("2026-01-01T11:30:00.000Z")}};
    return snapshot;
}

class ExchangeFixture
{
protected:
    Curriculum m_curriculum = TestData::fixtureCurriculum();
    DiagramCatalog m_diagrams = DiagramCatalog::load(TestData::sourcePath(QStringLiteral("diagrams/catalog.yaml")));

    ExportRequest request() const { return {sampleSnapshot(), &m_curriculum, utc("2026-02-03T04:05:06.000Z"), &m_diagrams, {}}; }
    ExportRequest deck(const CardScope &cards) const
    {
        ExportRequest r = request();
        r.cards = cards;
        return r;
    }
    static QStringList cardRows(const QByteArray &tsv)
    {
        QStringList rows;
        for (const QString &line : QString::fromUtf8(tsv).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1Char('#')))
                rows.append(line);
        }
        return rows;
    }
    // The plain text of the PDF export's pages, as PdfPages lays them out.
    QStringList pdfPageTexts(const ExportRequest &r, int *written = nullptr) const
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 10), QPageLayout::Millimeter));
        PdfPages pages(printHtmlExport(r), &writer, QStringLiteral("t"));
        if (written)
            *written = pages.pageCount();
        return pages.pageTexts();
    }
};

} // namespace ExchangeTesting
