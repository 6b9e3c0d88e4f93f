#pragma once

#include "analyzers/buildcache.h"
#include "analyzers/dockerfile.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QScrollArea;
class QTimer;

namespace DockPrep {

class HighlightedEditor;
class LayerStackView;

// "Explain my Dockerfile": paste a Dockerfile and see its stages and layers as stacks (with a
// legend of the box colours) and, beside them, the findings `dockprep analyze` reports for the
// same text; click a layer or a finding to land on its lines; name changed files to see which
// steps lose their cache and why. Everything is recomputed shortly after typing stops; an empty
// editor says nothing.
class ExplainDockerfilePage final : public QWidget
{
    Q_OBJECT

public:
    explicit ExplainDockerfilePage(QWidget *parent = nullptr);

    void setDockerfile(const QString &text);
    void setChangedFiles(const QStringList &paths);
    LayerStackView *layerStack() const { return m_stack; }
    // The stages side by side at their full width, scrolled when they are wider than the pane.
    QScrollArea *layerScroll() const { return m_scroll; }

public Q_SLOTS:
    void analyze();  // now, without waiting for typing to stop
    void showInstruction(int instruction);
    void showFinding(QListWidgetItem *item);

Q_SIGNALS:
    void analyzed(int stages, int layers, int misses);

private:
    HighlightedEditor *m_editor;
    QLineEdit *m_changed;
    QLabel *m_status;
    LayerStackView *m_stack;
    QScrollArea *m_scroll;
    QLabel *m_details;
    QLabel *m_findingsTitle;
    QListWidget *m_findings;
    QTimer *m_debounce;
    ParsedDockerfile m_file;
    CacheSimulation m_simulation;
};

} // namespace DockPrep
