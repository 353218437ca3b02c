package be.taakwijzer.catalogue;

import java.util.List;

import be.taakwijzer.shared.LocalizedText;

/**
 * A task of the guide. Central tasks name the providers the guide suggests; tasks others can take
 * name the kinds of people or firms the guide suggests.
 */
public record CatalogueTask(String code, String clusterCode, String levelCode, String areaCode, LocalizedText name,
                            boolean needsSpecialisation, List<String> providerCodes, List<String> takerCodes) {

    public CatalogueTask {
        providerCodes = List.copyOf(providerCodes);
        takerCodes = List.copyOf(takerCodes);
    }
}
