using Cms.Domain.Common;

namespace Cms.Domain.Tags;

/// <summary>Who may see a tag.</summary>
public enum TagVisibility
{
    /// <summary>Shown to readers.</summary>
    Public,
    /// <summary>For the newsroom's workflow only; never shown publicly.</summary>
    Internal,
}

/// <summary>What a tag says about itself.</summary>
public sealed record TagDetails(string Name, string? Description, TagVisibility Visibility);

/// <summary>Where tags are kept.</summary>
public interface ITagStore : IListingStore<TagDetails>;
