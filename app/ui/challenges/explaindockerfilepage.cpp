#include "explaindockerfilepage.h"

#include "analyzers/buildstages.h"
#include "analyzers/dockerfileparser.h"
#include "highlightededitor.h"
#include "layerstackview.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace DockPrep {

namespace {

constexpr int debounceMs = 300;

QString oneLine(const Instruction &instruction)
{
    QString text = instruction.keyword.toUpper() + QLatin1Char(' ');
    for (const InstructionFlag &flag : instruction.flags)
        text += QStringLiteral("--") + flag.name + (flag.hasValue ? QLatin1Char('=') + flag.value : QString()) + QLatin1Char(' ');
    text += instruction.arguments.simplified();
    for (const Heredoc &heredoc : instruction.heredocs)
        text += QStringLiteral(" <<") + heredoc.delimiter;
    return text.trimmed();
}

} // namespace

ExplainDockerfilePage::ExplainDockerfilePage(QWidget *parent)
    : QWidget(parent)
    , m_editor(new HighlightedEditor(this))
    , m_changed(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_stack(new LayerStackView(this))
    , m_details(new QLabel(this))
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

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_editor, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Changed &files:"), m_changed);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_stack);
    scroll->setWidgetResizable(false);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addWidget(m_details);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ExplainDockerfilePage::analyze);
    connect(m_editor, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_changed, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_stack, &LayerStackView::layerClicked, this, &ExplainDockerfilePage::showInstruction);
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
    m_file = parseDockerfile(m_editor->toPlainText());
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
            box.text = box.base ? tr("FROM %1").arg(stage.baseImage) : oneLine(instruction);
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
    m_stack->adjustSize();

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
    m_details->setText(tr("Click a layer to see its instruction."));
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
    m_details->setText(tr("%1: %2").arg(lines, oneLine(i)) + (cache.isEmpty() ? QString() : QStringLiteral("\n") + cache));
    m_editor->goToLine(i.firstLine);
}

} // namespace DockPrep
