using Markdig.Syntax;

namespace Cms.Domain.Articles.Body;

/// <summary>A top-level block of the body, or a teaser and the article it points to (null when unknown).</summary>
internal readonly record struct BodyItem(Block Block, bool IsTeaser, Guid? Target);
