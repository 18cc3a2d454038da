namespace Cms.Domain.Exchange;

/// <summary>
/// The order in which article lines whose teasers name one another can be written: every line after the lines its teasers
/// name. Where teasers form a cycle, the first line of the cycle still unplaced (in file order) opens it: it is written
/// once without the teasers that point into the cycle, which makes it a target the others can name, then again whole after
/// its own targets.
/// </summary>
public static class TeaserOrder
{
    /// <summary>
    /// The lines' order (indexes into <paramref name="lines"/>) and the lines that open a cycle, for lines given as their
    /// slug and the keys their teasers name; a key that names no line here is left to the store to resolve.
    /// </summary>
    public static (IReadOnlyList<int> Order, IReadOnlyList<int> Openers) Of(IReadOnlyList<(string? Slug, IReadOnlyList<string> Teasers)> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var bySlug = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Slug is { } slug) bySlug.TryAdd(slug, i);
        }
        var waitingOn = new int[lines.Count];
        var dependents = new List<int>[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            dependents[i] = [];
        }
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var target in lines[i].Teasers.Select(key => bySlug.GetValueOrDefault(key, -1)).Where(target => target >= 0 && target != i).Distinct())
            {
                waitingOn[i]++;
                dependents[target].Add(i);
            }
        }

        var order = new List<int>(lines.Count);
        var openers = new List<int>();
        var available = new bool[lines.Count];
        var placed = new bool[lines.Count];
        var ready = new Queue<int>(Enumerable.Range(0, lines.Count).Where(i => waitingOn[i] == 0));
        var next = 0;
        while (order.Count < lines.Count)
        {
            while (ready.TryDequeue(out var line))
            {
                placed[line] = true;
                order.Add(line);
                MakeAvailable(line);
            }
            if (order.Count == lines.Count) break;
            while (placed[next] || available[next]) next++;
            openers.Add(next);
            MakeAvailable(next);
        }
        return (order, openers);

        void MakeAvailable(int line)
        {
            if (available[line]) return;
            available[line] = true;
            foreach (var dependent in dependents[line])
            {
                if (--waitingOn[dependent] == 0) ready.Enqueue(dependent);
            }
        }
    }
}
