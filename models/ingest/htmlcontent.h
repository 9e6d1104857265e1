#pragma once

#include <QSet>
#include <libxml/tree.h>

namespace Annalist::Html {

// Which parts of a page are its main content, decided the way reader modes do: paragraphs
// score their container (commas, length), containers lose by link density and by class/id/role
// hints (nav, footer, cookie, related, share, comment, sidebar, menu, breadcrumb, newsletter,
// ...), the best container wins and takes along siblings that score well. Navigation,
// asides, footers, cookie banners and link lists are dropped wherever they are.
struct ContentSelection
{
    QSet<const xmlNode *> roots; // text comes from these subtrees only; empty: the whole document
    QSet<const xmlNode *> excluded; // boilerplate subtrees, dropped even inside a root
};

// Pages with too little text to judge keep all of it (minus boilerplate).
ContentSelection selectMainContent(const xmlNode *root);

} // namespace Annalist::Html
