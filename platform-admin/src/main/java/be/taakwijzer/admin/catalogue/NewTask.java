package be.taakwijzer.admin.catalogue;

/** A task the operator adds to the draft; the area is optional, as in the guide. */
public record NewTask(String clusterCode, String levelCode, String areaCode, String nameNl, String nameEn, boolean needsSpecialisation) {
}
