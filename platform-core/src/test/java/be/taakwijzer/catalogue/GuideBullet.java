package be.taakwijzer.catalogue;

/** A bullet of the guide as {@link GuideParser} reads it: level is null for the themes of section 1. */
record GuideBullet(int section, String clusterCode, String levelCode, String text) {
}
