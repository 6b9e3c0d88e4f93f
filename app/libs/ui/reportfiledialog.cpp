#include "ui/reportfiledialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace DockPrep {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::ReportFileDialog)
};
} // namespace

QString askReportPath(QWidget *parent, const QString &title, const QString &stem, const QDateTime &when, bool pdf)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("%1-%2.%3")
                             .arg(stem, when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
                                  pdf ? QStringLiteral("pdf") : QStringLiteral("md"));
    return QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(name),
                                        pdf ? Tr::tr("PDF (*.pdf)") : Tr::tr("Markdown (*.md)"));
}

} // namespace DockPrep
