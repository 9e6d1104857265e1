#pragma once

// Small helpers over libxml2's tree for the HTML code; internal to annalist_ingest.

#include <QString>

#include <cstring>
#include <initializer_list>
#include <libxml/tree.h>

namespace Annalist::Html {

// libxml2's HTML parser names elements in lower case.
inline bool named(const xmlNode *node, const char *name)
{
    return node->name && std::strcmp(reinterpret_cast<const char *>(node->name), name) == 0;
}

inline bool namedAny(const xmlNode *node, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (named(node, name))
            return true;
    }
    return false;
}

inline QString property(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return QString();
    QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return result;
}

inline bool hasProperty(const xmlNode *node, const char *name)
{
    return xmlHasProp(node, reinterpret_cast<const xmlChar *>(name)) != nullptr;
}

inline QString textContent(const xmlNode *node)
{
    xmlChar *value = xmlNodeGetContent(node);
    if (!value)
        return QString();
    QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return result;
}

// Embedded content, code and invisible parts: no readable text in there.
inline bool isSkipped(const xmlNode *node)
{
    return namedAny(node,
               { "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "audio",
                   "video", "map", "select", "textarea", "button", "frameset", "frame", "math" })
        || hasProperty(node, "hidden") || property(node, "aria-hidden") == QLatin1String("true");
}

} // namespace Annalist::Html
