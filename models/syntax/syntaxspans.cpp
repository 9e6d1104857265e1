#include "syntax/syntaxspans.h"

#ifdef ANNALIST_HAVE_SYNTAX_HIGHLIGHTING
#include "syntax/syntaxrepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#endif

#include <QFont>

namespace Annalist::Syntax {

#ifdef ANNALIST_HAVE_SYNTAX_HIGHLIGHTING

namespace {

// Runs a definition line by line and keeps the formats that differ from plain text.
class Collector final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QList<Span> run(const QString &text)
    {
        m_spans.clear();
        KSyntaxHighlighting::State state;
        qsizetype lineStart = 0;
        while (lineStart <= text.size()) {
            qsizetype end = text.indexOf(QLatin1Char('\n'), lineStart);
            if (end < 0)
                end = text.size();
            qsizetype lineEnd = end;
            if (lineEnd > lineStart && text.at(lineEnd - 1) == QLatin1Char('\r'))
                --lineEnd;
            m_lineStart = lineStart;
            state = highlightLine(QStringView(text).mid(lineStart, lineEnd - lineStart), state);
            lineStart = end + 1;
        }
        return m_spans;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat chars;
        if (format.hasTextColor(theme()))
            chars.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            chars.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            chars.setFontItalic(true);
        if (!chars.properties().isEmpty())
            m_spans.append({m_lineStart + offset, length, chars});
    }

private:
    QList<Span> m_spans;
    qsizetype m_lineStart = 0;
};

} // namespace

struct PrintColors::Private
{
    KSyntaxHighlighting::Repository repository;
    KSyntaxHighlighting::Theme theme;
};

PrintColors::PrintColors()
    : d([] {
        registerResources(); // the news-text definition, before the repository scans
        return std::make_unique<Private>();
    }())
{
    d->theme = d->repository.theme(QStringLiteral("Printing"));
    if (!d->theme.isValid())
        d->theme = d->repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
}

PrintColors::~PrintColors() = default;

bool PrintColors::available()
{
    return true;
}

QList<Span> PrintColors::spans(const QString &format, const QString &text) const
{
    const QString key = format.toLower();
    const bool markdown = key == QLatin1String("md") || key == QLatin1String("markdown");
    const KSyntaxHighlighting::Definition definition =
        d->repository.definitionForName(markdown ? QStringLiteral("Markdown") : newsDefinitionName());
    if (!definition.isValid())
        return {};
    Collector collector;
    collector.setDefinition(definition);
    collector.setTheme(d->theme);
    return collector.run(text);
}

#else

struct PrintColors::Private
{
};

PrintColors::PrintColors() = default;
PrintColors::~PrintColors() = default;

bool PrintColors::available()
{
    return false;
}

QList<Span> PrintColors::spans(const QString &, const QString &) const
{
    return {};
}

#endif

} // namespace Annalist::Syntax
