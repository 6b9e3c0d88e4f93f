#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace DockPrep {

// Variable references in Dockerfile text (`$NAME`, `${NAME}`, `${NAME:-default}`,
// `${NAME:+alt}`…). `escape` is the file's escape character: `\$NAME` is literal.

// Every variable name referenced, in order of appearance, without repeats.
QStringList referencedVariables(const QString &text, QChar escape = QLatin1Char('\\'));

// Replaces the references whose value is known. A reference to an unknown name stays as written
// and `complete` (when given) becomes false; `${X:-default}` with X unknown uses the default.
// The escape before a literal `$` is kept (the text is still Dockerfile text, not shell output).
QString expandVariables(const QString &text, const QHash<QString, QString> &values, QChar escape = QLatin1Char('\\'),
                        bool *complete = nullptr);

} // namespace DockPrep
