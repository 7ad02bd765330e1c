// Pull requests: get one and list its files (paginated like every GitHub list).
import { notFound, pageOf, type FakeRequest, type FakeResponse } from './http.js';

export function getPull(req: FakeRequest): FakeResponse {
  const { owner = '', repo = '', pull_number = '' } = req.params;
  const pull = req.state.findPull(owner, repo, Number(pull_number));
  if (!pull) return notFound(req);
  return {
    status: 200,
    body: {
      url: `${req.baseUrl}/repos/${owner}/${repo}/pulls/${pull.number}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${pull.number}`,
      ...pull.data,
    },
  };
}

export function listPullFiles(req: FakeRequest): FakeResponse {
  const { owner = '', repo = '', pull_number = '' } = req.params;
  const pull = req.state.findPull(owner, repo, Number(pull_number));
  if (!pull) return notFound(req);
  // GitHub lists at most 3,000 files of a pull request.
  const files = pull.files.slice(0, 3000).map((f) => ({
    sha: '0000000000000000000000000000000000000000',
    status: 'modified',
    additions: 0,
    deletions: 0,
    changes: 0,
    blob_url: `https://github.com/${owner}/${repo}/blob/HEAD/${f.filename}`,
    raw_url: `https://github.com/${owner}/${repo}/raw/HEAD/${f.filename}`,
    contents_url: `${req.baseUrl}/repos/${owner}/${repo}/contents/${f.filename}`,
    ...f,
  }));
  const { page, link } = pageOf(files, req, `/repos/${owner}/${repo}/pulls/${pull_number}/files`);
  return { status: 200, body: page, headers: link ? { link } : {} };
}
