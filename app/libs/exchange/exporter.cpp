#include "exchange/exporter.h"

#include "exchange/jsonbackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace DockPrep {

namespace {

struct FormatInfo {
    ExportFormat format;
    QLatin1StringView name;
    QLatin1StringView suffix;
    const char *title;
};

constexpr FormatInfo formatTable[] = {
    {ExportFormat::Markdown, QLatin1StringView("md"), QLatin1StringView("md"), QT_TRANSLATE_NOOP("Export", "Markdown")},
    {ExportFormat::Html, QLatin1StringView("html"), QLatin1StringView("html"), QT_TRANSLATE_NOOP("Export", "HTML page")},
    {ExportFormat::Pdf, QLatin1StringView("pdf"), QLatin1StringView("pdf"), QT_TRANSLATE_NOOP("Export", "PDF document")},
    {ExportFormat::Json, QLatin1StringView("json"), QLatin1StringView("json"), QT_TRANSLATE_NOOP("Export", "JSON backup")},
    {ExportFormat::AnkiTsv, QLatin1StringView("anki"), QLatin1StringView("tsv"), QT_TRANSLATE_NOOP("Export", "Anki cards (TSV)")},
};

const FormatInfo &info(ExportFormat format)
{
    for (const FormatInfo &entry : formatTable) {
        if (entry.format == format)
            return entry;
    }
    Q_UNREACHABLE();
}

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

QList<ExportFormat> exportFormats()
{
    QList<ExportFormat> formats;
    for (const FormatInfo &entry : formatTable)
        formats.append(entry.format);
    return formats;
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    const QString lower = name.toString().toLower();
    if (lower == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (lower == QLatin1String("tsv"))
        return ExportFormat::AnkiTsv;
    for (const FormatInfo &entry : formatTable) {
        if (lower == entry.name)
            return entry.format;
    }
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    return info(format).name;
}

QString exportFileSuffix(ExportFormat format)
{
    return info(format).suffix;
}

QString exportFormatTitle(ExportFormat format)
{
    return Tr::tr(info(format).title);
}

ExportResult exportStudy(const ExportRequest &request, ExportFormat format, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return {false, Tr::tr("No file name was given for the export.")};
    if (QFileInfo(path).isDir())
        return {false, Tr::tr("%1 is a folder; choose a file name inside it.").arg(shown)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {false, Tr::tr("Cannot write %1: %2. Check that the folder exists and that you may write to it.")
                           .arg(shown, file.errorString())};
    }
    bool written = true;
    switch (format) {
    case ExportFormat::Markdown: written = file.write(markdownExport(request)) >= 0; break;
    case ExportFormat::Html: written = file.write(htmlExport(request).toUtf8()) >= 0; break;
    case ExportFormat::Pdf: written = pdfExport(request, &file) > 0; break;
    case ExportFormat::Json: written = file.write(JsonBackup::write(request.snapshot, request.exportedAt)) >= 0; break;
    case ExportFormat::AnkiTsv: written = file.write(ankiExport(request)) >= 0; break;
    }
    if (!written || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return {false, Tr::tr("Could not write %1: %2. Nothing was changed.").arg(shown, reason)};
    }
    if (!file.commit())
        return {false, Tr::tr("Could not finish writing %1: %2. Nothing was changed.").arg(shown, file.errorString())};
    if (format == ExportFormat::AnkiTsv)
        return {true, Tr::tr("Exported %n card(s) to %1.", nullptr, ankiCardCount(request)).arg(shown)};
    QString message = Tr::tr("Exported %n note(s) to %1.", nullptr, int(request.snapshot.notes.size())).arg(shown);
    if (const int recordings = JsonBackup::recordingCount(request.snapshot); format == ExportFormat::Json && recordings > 0) {
        message += u' ';
        message += Tr::tr("The %n recording(s) of spoken answers are not in the backup; they stay in the data folder.", nullptr,
                          recordings);
    }
    return {true, message};
}

} // namespace DockPrep
