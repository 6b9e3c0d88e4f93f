#include "ui/challenges/explaindockerfilepage.h"

#include "analyzers/buildstages.h"
#include "analyzers/dockerfilelint.h"
#include "analyzers/dockerfileparser.h"
#include "ui/challenges/highlightededitor.h"
#include "ui/challenges/layerstackview.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QStyle>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace DockPrep {

namespace {

constexpr int debounceMs = 300;

constexpr int firstLineRole = Qt::UserRole;
constexpr int lastLineRole = Qt::UserRole + 1;

QString swatch(LayerStackView::Fill fill)
{
    return QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>")
        .arg(LayerStackView::fillColour(fill).name());
}

} // namespace

ExplainDockerfilePage::ExplainDockerfilePage(QWidget *parent)
    : QWidget(parent)
    , m_editor(new HighlightedEditor(this))
    , m_changed(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_stack(new LayerStackView(this))
    , m_scroll(new QScrollArea(this))
    , m_details(new QLabel(this))
    , m_findingsTitle(new QLabel(this))
    , m_findings(new QListWidget(this))
    , m_debounce(new QTimer(this))
{
    m_editor->setObjectName(QStringLiteral("dockerfileEditor"));
    m_editor->setSyntax(QStringLiteral("Dockerfile"));
    m_editor->setPlaceholderText(tr("Paste a Dockerfile here."));
    m_changed->setObjectName(QStringLiteral("changedFiles"));
    m_changed->setPlaceholderText(tr("e.g. src/app.py, package.json"));
    m_changed->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("layerDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setText(tr("Click a layer to see its instruction."));
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setWordWrap(true);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_findingsTitle->setObjectName(QStringLiteral("findingsTitle"));
    m_findingsTitle->setBuddy(m_findings);

    // Wide enough for a typical Dockerfile line without cutting it.
    m_editor->setMinimumWidth(m_editor->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 62);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_editor, 1);
    auto *form = new QFormLayout;
    // Mnemonics that leave the menu bar's letters alone (Alt+F is the File menu's).
    form->addRow(tr("&Changed files:"), m_changed);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_status);

    // Each stage keeps its column's width however many there are; more than fit scroll sideways.
    m_scroll->setObjectName(QStringLiteral("layerScroll"));
    m_scroll->setWidget(m_stack);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_scroll, 1);
    auto *legend = new QLabel(this);
    legend->setObjectName(QStringLiteral("legend"));
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    legend->setText(tr("%1 base image &nbsp; %2 layer (cache kept) &nbsp; %3 layer that loses its cache &nbsp; %4 not built. "
                       "A dashed border: a build-stage layer that does not ship. Faded: a stage the target does not need.")
                        .arg(swatch(LayerStackView::Fill::Base), swatch(LayerStackView::Fill::Layer),
                             swatch(LayerStackView::Fill::Miss), swatch(LayerStackView::Fill::Skipped)));
    rightLayout->addWidget(legend);
    rightLayout->addWidget(m_details);

    auto *findingsPane = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsPane);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findingsTitle);
    findingsLayout->addWidget(m_findings, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->addWidget(findingsPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({600, 560, 440});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ExplainDockerfilePage::analyze);
    connect(m_editor, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_changed, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_stack, &LayerStackView::layerClicked, this, &ExplainDockerfilePage::showInstruction);
    connect(m_stack, &LayerStackView::selectionChanged, this, [this](const QRectF &box) {
        if (!box.isEmpty())
            m_scroll->ensureVisible(qRound(box.center().x()), qRound(box.center().y()), qRound(box.width() / 2) + 16,
                                    qRound(box.height() / 2) + 16);
    });
    connect(m_findings, &QListWidget::itemClicked, this, &ExplainDockerfilePage::showFinding);
    connect(m_findings, &QListWidget::itemActivated, this, &ExplainDockerfilePage::showFinding);
    analyze();
}

void ExplainDockerfilePage::setDockerfile(const QString &text)
{
    m_editor->setPlainText(text);
    analyze();
}

void ExplainDockerfilePage::setChangedFiles(const QStringList &paths)
{
    m_changed->setText(paths.join(QStringLiteral(", ")));
    analyze();
}

void ExplainDockerfilePage::analyze()
{
    m_debounce->stop();
    const QString text = m_editor->toPlainText();
    m_findings->clear();
    m_details->setText(tr("Click a layer to see its instruction."));
    if (text.trimmed().isEmpty()) {
        // Nothing typed yet is not an error: say nothing until there is text.
        m_file = {};
        m_simulation = {};
        m_stack->setStages({});
        m_scroll->setWidgetResizable(true);  // the hint wraps to the pane's width
        m_status->clear();
        m_findingsTitle->setText(tr("Findings"));
        Q_EMIT analyzed(0, 0, 0);
        return;
    }
    m_file = parseDockerfile(text);
    const BuildGraph graph = buildStageGraph(m_file);
    CacheQuery query;
    for (const QString &path : m_changed->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!path.trimmed().isEmpty())
            query.changedPaths.append(path.trimmed());
    }
    m_simulation = simulateBuildCache(m_file, graph, query);
    QHash<int, const CacheStep *> stepOf;
    for (const CacheStep &step : std::as_const(m_simulation.steps))
        stepOf.insert(step.instruction, &step);

    QList<StageColumn> columns;
    int layers = 0;
    for (const BuildStage &stage : graph.stages) {
        StageColumn column;
        column.title = stage.name.isEmpty() ? tr("stage %1").arg(stage.index) : stage.name;
        column.inImage = stage.inTargetImage;
        column.needed = stage.reachesTarget;
        QList<int> boxes{stage.fromInstruction};
        boxes += graph.layers(m_file, stage.index);
        for (int index : std::as_const(boxes)) {
            const Instruction &instruction = m_file.instructions.at(index);
            LayerBox box;
            box.instruction = index;
            box.line = instruction.firstLine;
            box.base = instruction.kind == InstructionKind::From;
            box.text = box.base ? tr("FROM %1").arg(stage.baseImage) : instructionSummary(instruction);
            if (const CacheStep *step = stepOf.value(index)) {
                box.status = step->status;
                box.explanation = step->explanation();
            }
            layers += box.base ? 0 : 1;
            column.boxes.append(box);
        }
        columns.append(column);
    }
    m_stack->setStages(columns);
    m_scroll->setWidgetResizable(false);  // every stage at full width, scrolled sideways
    m_stack->adjustSize();

    // What `dockprep analyze` reports for the same text: the parser's problems, then the lint.
    const QStyle *style = this->style();
    const auto addFinding = [&](QStyle::StandardPixmap icon, const QString &severity, int line, int lastLine, const QString &rule,
                                const QString &message, const QString &why) {
        auto *item = new QListWidgetItem(style->standardIcon(icon), QString(), m_findings);
        item->setText(rule.isEmpty() ? tr("Line %1, %2: %3").arg(line).arg(severity, message)
                                     : tr("Line %1, %2 %3: %4").arg(line).arg(severity, rule, message));
        item->setToolTip(why);
        item->setData(firstLineRole, line);
        item->setData(lastLineRole, qMax(line, lastLine));
    };
    for (const DockerfileDiagnostic &d : std::as_const(m_file.diagnostics)) {
        addFinding(d.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning,
                   d.isError() ? tr("error") : tr("warning"), d.line, d.line, QString(), d.message, QString());
    }
    if (!graph.stages.isEmpty()) {
        for (const LintFinding &f : lintDockerfile(m_file, graph)) {
            const QStyle::StandardPixmap icon = f.severity == LintSeverity::Error ? QStyle::SP_MessageBoxCritical
                : f.severity == LintSeverity::Warning                         ? QStyle::SP_MessageBoxWarning
                                                                              : QStyle::SP_MessageBoxInformation;
            const QString severity = f.severity == LintSeverity::Error ? tr("error")
                : f.severity == LintSeverity::Warning                  ? tr("warning")
                                                                       : tr("info");
            addFinding(icon, severity, f.line, f.lastLine, f.rule, f.message, f.why);
        }
    }
    m_findingsTitle->setText(m_findings->count() > 0 ? tr("Fin&dings (%1): click one to see its lines").arg(m_findings->count())
                                                     : tr("Fin&dings: none"));

    QStringList problems;
    for (const DockerfileDiagnostic &d : std::as_const(m_file.diagnostics)) {
        if (d.isError())
            problems.append(d.toString());
    }
    const int misses = m_simulation.missCount();
    if (!problems.isEmpty()) {
        m_status->setText(problems.mid(0, 3).join(QLatin1Char('\n')));
    } else if (graph.stages.isEmpty()) {
        m_status->setText(tr("No FROM yet."));
    } else {
        m_status->setText(query.changedPaths.isEmpty()
                              ? tr("%n stage(s), %1 layer(s). Name changed files to see what rebuilds.", nullptr, int(graph.stages.size())).arg(layers)
                              : tr("%n step(s) lose their cache.", nullptr, misses));
    }
    Q_EMIT analyzed(int(graph.stages.size()), layers, misses);
}

void ExplainDockerfilePage::showInstruction(int instruction)
{
    if (instruction < 0 || instruction >= m_file.instructions.size())
        return;
    const Instruction &i = m_file.instructions.at(instruction);
    QString cache;
    for (const CacheStep &step : std::as_const(m_simulation.steps)) {
        if (step.instruction == instruction)
            cache = step.explanation();
    }
    const QString lines = i.lastLine > i.firstLine ? tr("lines %1–%2").arg(i.firstLine).arg(i.lastLine) : tr("line %1").arg(i.firstLine);
    m_details->setText(tr("%1: %2").arg(lines, instructionSummary(i)) + (cache.isEmpty() ? QString() : QStringLiteral("\n") + cache));
    m_editor->goToLine(i.firstLine);
}

void ExplainDockerfilePage::showFinding(QListWidgetItem *item)
{
    if (!item)
        return;
    const int first = item->data(firstLineRole).toInt();
    const int last = item->data(lastLineRole).toInt();
    m_editor->selectLines(first, last);
    // The layer the finding is about, when it has one, is selected in the drawing too.
    for (int index = 0; index < m_file.instructions.size(); ++index) {
        const Instruction &instruction = m_file.instructions.at(index);
        if (instruction.firstLine <= first && first <= instruction.lastLine && !m_stack->boxRect(index).isEmpty()) {
            m_stack->setSelectedInstruction(index);
            break;
        }
    }
}

} // namespace DockPrep
