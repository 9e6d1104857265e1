#include "export/dossierspec.h"

namespace Annalist {

QPageSize DossierSpec::pageSize() const
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

QString DossierSpec::effectiveTitle() const
{
    const QString trimmed = title.trimmed();
    if (!trimmed.isEmpty())
        return trimmed;
    switch (scope) {
    case Scope::Tag:
        return DossierText::tr("Dossier: %1").arg(tag);
    case Scope::Query:
        return DossierText::tr("Dossier: %1").arg(query);
    case Scope::List:
    case Scope::Articles:
        break;
    }
    return DossierText::tr("Annotated dossier");
}

QString DossierSpec::describeScope() const
{
    if (!scopeLabel.isEmpty())
        return scopeLabel;
    switch (scope) {
    case Scope::Tag:
        return DossierText::tr("Articles tagged “%1”").arg(tag);
    case Scope::Query:
        return DossierText::tr("Search result for “%1”").arg(query);
    case Scope::List:
        return listQuery.search.isEmpty() ? DossierText::tr("The articles listed")
                                          : DossierText::tr("Search result for “%1”").arg(listQuery.search);
    case Scope::Articles:
        break;
    }
    return DossierText::tr("%n selected article(s)", nullptr, int(articleIds.size()));
}

std::optional<DossierSpec::Paper> DossierSpec::paperFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("a4"))
        return Paper::A4;
    if (lower == QLatin1String("letter"))
        return Paper::Letter;
    return std::nullopt;
}

} // namespace Annalist
