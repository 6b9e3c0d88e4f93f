#pragma once

#include <QDateTime>
#include <QString>

class QWidget;

namespace DockPrep {

// Asks where to write a report as Markdown or PDF, suggesting "<stem>-<yyyyMMdd-HHmm>.md" (or
// .pdf) in the Documents folder, dated `when` in local time. Empty when the user cancels.
QString askReportPath(QWidget *parent, const QString &title, const QString &stem, const QDateTime &when, bool pdf);

} // namespace DockPrep
