#pragma once

#include "analyzers/buildcache.h"
#include "analyzers/dockerfile.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace DockPrep {

class HighlightedEditor;
class LayerStackView;

// "Explain my Dockerfile": paste a Dockerfile and see its stages and layers as stacks; click a
// layer to read its instruction and line; name changed files to see which steps lose their cache
// and why. Everything is recomputed shortly after typing stops.
class ExplainDockerfilePage final : public QWidget
{
    Q_OBJECT

public:
    explicit ExplainDockerfilePage(QWidget *parent = nullptr);

    void setDockerfile(const QString &text);
    void setChangedFiles(const QStringList &paths);
    LayerStackView *layerStack() const { return m_stack; }

public Q_SLOTS:
    void analyze();  // now, without waiting for typing to stop
    void showInstruction(int instruction);

Q_SIGNALS:
    void analyzed(int stages, int layers, int misses);

private:
    HighlightedEditor *m_editor;
    QLineEdit *m_changed;
    QLabel *m_status;
    LayerStackView *m_stack;
    QLabel *m_details;
    QTimer *m_debounce;
    ParsedDockerfile m_file;
    CacheSimulation m_simulation;
};

} // namespace DockPrep
