#include "text/documentfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace DockPrep {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::DocumentFile)
};
} // namespace

bool writeDocumentFile(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error)
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && !(write(file) && file.error() == QFileDevice::NoError)) {
        file.cancelWriting();
        ok = false;
    }
    ok = ok && file.commit();
    if (!ok && error)
        *error = Tr::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return ok;
}

} // namespace DockPrep
