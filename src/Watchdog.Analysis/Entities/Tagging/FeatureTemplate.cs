namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>The tagger's feature templates. Their numbers are part of the model's hashes: never renumber one, add new ones at the end.</summary>
internal enum FeatureTemplate
{
    Bias, Word, Stem, Shape, Script, Length, Prefix,
    /// <summary>Suffix + n is the template of the n-letter suffix (2 to 4).</summary>
    Suffix,
    Cue = Suffix + 5,
    PrevWord, NextWord, Prev2Word, Next2Word, PrevStem, NextStem, PrevShape, NextShape, PrevShapeShape, ShapeNextShape,
    PrevWordWord, WordNextWord, FirstShape, PrevCue, NextCue,
    PrevTag, PrevTwoTags, PrevTagWord, PrevTagShape,
}
