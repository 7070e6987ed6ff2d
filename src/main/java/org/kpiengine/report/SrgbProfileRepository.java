package org.kpiengine.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;

import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.RepositoryService;
import net.sf.jasperreports.repo.Resource;

/**
 * Serves the JDK's own sRGB ICC profile to the PDF exporter under a fixed location, so PDF/A output
 * needs neither a profile file shipped in the jar nor a temporary file on disk.
 */
final class SrgbProfileRepository implements RepositoryService {

    static final String LOCATION = "kpi-engine:sRGB.icc";

    private static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    @Override
    public Resource getResource(String uri) {
        return getResource(uri, InputStreamResource.class);
    }

    @Override
    public <K extends Resource> K getResource(String uri, Class<K> resourceType) {
        if (!LOCATION.equals(uri) || !resourceType.isAssignableFrom(InputStreamResource.class)) {
            return null;
        }
        InputStreamResource resource = new InputStreamResource();
        resource.setInputStream(new ByteArrayInputStream(PROFILE));
        return resourceType.cast(resource);
    }

    @Override
    public void saveResource(String uri, Resource resource) {
        throw new UnsupportedOperationException("the sRGB profile repository is read-only");
    }
}
