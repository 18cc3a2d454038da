namespace Cms.Api.CommandLine;

/// <summary>
/// A file a command writes, under a temporary name beside it until complete, then renamed into place; a command that fails
/// removes it, so a failed export or backup leaves nothing behind and the same command can run again.
/// </summary>
public sealed class OutputFile : IDisposable
{
    private bool kept;

    private OutputFile(string target, string partial)
    {
        Target = target;
        Partial = partial;
    }

    /// <summary>Where the file goes once complete.</summary>
    public string Target { get; }

    /// <summary>Where it is written meanwhile.</summary>
    public string Partial { get; }

    /// <summary>Why <paramref name="target"/> cannot be written (<paramref name="what"/>: "an export"), or null.</summary>
    public static string? Problem(string target, string what)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (Directory.Exists(target)) return $"{target} is a folder; {what} needs a file name";
        if (File.Exists(target)) return $"{target} exists; {what} never overwrites a file";
        var folder = Path.GetDirectoryName(target)!;
        return Directory.Exists(folder) ? null : $"cannot write {target}: the folder {folder} does not exist";
    }

    /// <summary>Makes the file empty under its temporary name, or says why it cannot.</summary>
    public static OutputFile Create(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var folder = Path.GetDirectoryName(target)!;
        var partial = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            File.Open(partial, FileMode.CreateNew, FileAccess.Write).Dispose();
        }
        catch (UnauthorizedAccessException)
        {
            throw new IOException($"cannot write {target}: no permission to make a file in {folder}");
        }
        catch (IOException e)
        {
            throw new IOException($"cannot write {target}: {e.Message}", e);
        }
        return new OutputFile(target, partial);
    }

    /// <summary>Renames the complete file into place; refused if a file of that name appeared meanwhile.</summary>
    public void Keep()
    {
        File.Move(Partial, Target, overwrite: false);
        kept = true;
    }

    /// <summary>Removes the file, and what SQLite left beside it, unless it was kept.</summary>
    public void Dispose()
    {
        if (kept) return;
        foreach (var file in new[] { Partial, Partial + "-journal", Partial + "-wal", Partial + "-shm" }) File.Delete(file);
    }
}
