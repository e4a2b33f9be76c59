using System.Text.Json;

namespace Watchdog.Collect.Social.Vk;

/// <summary>
/// Reads the answer of VK's official <c>wall.get</c> method (<c>{"response": {"items": […], "groups": […],
/// "profiles": […]}}</c> with <c>extended=1</c>): per wall post its id, <c>date</c> (Unix time), text, the author
/// (the community or person in <c>groups</c>/<c>profiles</c>), views, likes, reposts and comments, and the post it
/// shares (<c>copy_history</c>). An <c>{"error": …}</c> answer is reported with VK's code and message.
/// </summary>
public static class VkWallParser
{
    public const string Platform = "vk";

    public static SocialPage Parse(string text, Uri? pageUrl)
    {
        using var json = SocialJson.TryParse(text, out var problem);
        if (json is null) return SocialPage.Failed($"not a VK API answer: {problem}");
        var root = json.RootElement;
        if (root.Member("error") is { } error)
            return SocialPage.Failed($"the VK API answered with error {error.Long("error_code")}: {error.Str("error_msg")}");
        var response = root.Member("response") ?? root;
        // wall.get and newer wall.getById answer {"items": […]}; older wall.getById answers the list itself.
        var items = response.ValueKind == JsonValueKind.Array ? response : response.Member("items");
        if (items is not { ValueKind: JsonValueKind.Array })
            return SocialPage.Failed("not a VK wall.get answer: expected {\"response\": {\"items\": […]}}");

        var names = Names(response);
        var posts = new List<SocialPost>();
        var problems = new List<string>();
        foreach (var item in items.Value.EnumerateArray())
        {
            if (Read(item, names) is { } post) posts.Add(post);
            else problems.Add("a wall item without id or owner_id was skipped");
        }
        return new SocialPage(posts, problems);
    }

    private static SocialPost? Read(JsonElement item, Dictionary<long, string> names)
    {
        var id = item.Long("id");
        var owner = item.Long("owner_id") ?? item.Long("to_id");
        if (id is null || owner is null) return null;
        var from = item.Long("from_id") ?? owner.Value;
        var shared = item.Items("copy_history").FirstOrDefault();
        var text = item.Str("text") ?? "";
        if (text.Length == 0 && shared.ValueKind == JsonValueKind.Object) text = shared.Str("text") ?? "";
        return new SocialPost
        {
            Platform = Platform,
            Id = $"{owner}_{id}",
            Url = new Uri($"https://vk.com/wall{owner}_{id}"),
            PublishedAt = item.UnixTime("date"),
            Author = NameOf(from, names),
            Text = text.Trim(),
            ForwardedFrom = shared.ValueKind == JsonValueKind.Object && shared.Long("owner_id") is { } origin
                ? $"{NameOf(origin, names)} (https://vk.com/wall{origin}_{shared.Long("id")})"
                : null,
            Links = item.Items("attachments").Select(a => SocialText.Resolve(null, a.Member("link")?.Str("url"))).OfType<Uri>().ToList(),
            Media = item.Items("attachments").Select(a => a.Str("type")).OfType<string>().Where(t => t != "link").ToList(),
            Engagement = Parsing.Counts(
                (EngagementKeys.Views, item.Member("views")?.Long("count")),
                (EngagementKeys.Likes, item.Member("likes")?.Long("count")),
                (EngagementKeys.Reposts, item.Member("reposts")?.Long("count")),
                (EngagementKeys.Replies, item.Member("comments")?.Long("count"))),
        };
    }

    /// <summary>Owner ids to names: communities are negative ids in VK, people positive.</summary>
    private static Dictionary<long, string> Names(JsonElement response)
    {
        var names = new Dictionary<long, string>();
        foreach (var group in response.Items("groups"))
            if (group.Long("id") is { } id && group.Str("name") is { } name) names[-id] = name;
        foreach (var profile in response.Items("profiles"))
            if (profile.Long("id") is { } id) names[id] = $"{profile.Str("first_name")} {profile.Str("last_name")}".Trim();
        return names;
    }

    private static string NameOf(long ownerId, Dictionary<long, string> names) =>
        names.TryGetValue(ownerId, out var name) && name.Length > 0 ? name : ownerId < 0 ? $"club{-ownerId}" : $"id{ownerId}";
}
